namespace GrantPortal.Web.Areas.Public.Account;

/// <summary>The second sign-in step: a code from the authenticator app, or one of the recovery codes.</summary>
public sealed class TwoFactorLoginForm
{
    public string Code { get; set; } = "";
    public string? ReturnUrl { get; set; }
}
