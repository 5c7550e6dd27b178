namespace GrantPortal.Web.Areas.Public.Password;

/// <summary>Changing one's own password: the current one (re-authentication), the new one twice.</summary>
public sealed class ChangePasswordForm
{
    public string CurrentPassword { get; set; } = "";
    public string NewPassword { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}
