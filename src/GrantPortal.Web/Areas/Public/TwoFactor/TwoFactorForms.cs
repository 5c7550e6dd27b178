namespace GrantPortal.Web.Areas.Public.TwoFactor;

/// <summary>Turning the second factor on (the first code from the app) or asking for new recovery codes.</summary>
public sealed class TwoFactorCodeForm
{
    public string Code { get; set; } = "";
}
