namespace GrantPortal.Web.Areas.Public.TwoFactor;

/// <summary>Turning the second factor on: the first code from the app, and the password (a new factor needs re-authentication).</summary>
public sealed class EnableTwoFactorForm
{
    public string Code { get; set; } = "";
    public string Password { get; set; } = "";
}
