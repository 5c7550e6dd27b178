namespace GrantPortal.Web.Areas.Public.TwoFactor;

/// <summary>
/// The two-factor page: when off, the secret to add to an authenticator app (as a QR code and in groups of four for
/// typing); when on, how many recovery codes are left.
/// </summary>
public sealed record TwoFactorPage(bool Enabled, string? SecretGroups, string? QrCodeDataUri, int RecoveryCodesLeft);
