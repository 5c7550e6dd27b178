namespace GrantPortal.Web.Areas.Public.TwoFactor;

/// <summary>Turning the second factor off: a current code from the app, or the password.</summary>
public sealed class DisableTwoFactorForm
{
    public string? CurrentCode { get; set; }
    public string? Password { get; set; }
}
