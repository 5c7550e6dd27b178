namespace GrantPortal.Infrastructure.Reviews;

/// <summary>What linking an expert to a portal account did.</summary>
public enum ExpertAccountLink
{
    /// <summary>An existing account was given the Reviewer role here (or already had it).</summary>
    ExistingAccount,
    /// <summary>A new account was created and an invitation to set its password e-mailed.</summary>
    NewAccountInvited,
    /// <summary>The account is already linked to another expert of this association.</summary>
    LinkedToAnother,
}
