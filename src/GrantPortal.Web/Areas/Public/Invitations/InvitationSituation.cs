namespace GrantPortal.Web.Areas.Public.Invitations;

/// <summary>What the invitation page offers the person who opened the link.</summary>
public enum InvitationSituation
{
    /// <summary>Expired, revoked or used: nothing to do.</summary>
    Unusable,
    /// <summary>Signed in as someone else.</summary>
    OtherPerson,
    /// <summary>The invited person already acts for an organisation of this association.</summary>
    AlreadyApplicant,
    /// <summary>Signed in as the invited person: one button accepts.</summary>
    Accept,
    /// <summary>The e-mail has an account: sign in first.</summary>
    SignIn,
    /// <summary>No account yet: a small form creates it.</summary>
    CreateAccount,
}
