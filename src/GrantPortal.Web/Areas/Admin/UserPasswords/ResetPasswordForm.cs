namespace GrantPortal.Web.Areas.Admin.UserPasswords;

/// <summary>An admin sets a new password for a person who lost theirs (told to them by a safe channel).</summary>
public sealed class ResetPasswordForm
{
    public string NewPassword { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}
