namespace GrantPortal.Web.Areas.Public.TwoFactor;

/// <summary>Asking for new recovery codes: a current code from the app.</summary>
public sealed class TwoFactorCodeForm
{
    public string Code { get; set; } = "";
}
