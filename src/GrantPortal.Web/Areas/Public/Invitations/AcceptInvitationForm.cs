namespace GrantPortal.Web.Areas.Public.Invitations;

/// <summary>A person without an account accepts an invitation: their name and a password (the e-mail is the invitation's).</summary>
public sealed class AcceptInvitationForm
{
    public string DisplayName { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}
