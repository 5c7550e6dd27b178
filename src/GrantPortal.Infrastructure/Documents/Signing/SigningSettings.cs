namespace GrantPortal.Infrastructure.Documents.Signing;

/// <summary>
/// Where each association's signing certificate comes from (section GrantPortal:Signing). In production:
/// <c>GrantPortal:Signing:{tenant}:CertificateFile</c> (a PKCS#12 .pfx) with <c>GrantPortal:Signing:{tenant}:Password</c>,
/// or <c>GrantPortal:Signing:CertificateDirectory</c> holding <c>{tenant}.pfx</c> (password as above, or
/// <c>GrantPortal:Signing:Password</c>). Without either, and when <see cref="GenerateCertificates"/> is on (development
/// and tests), a self-signed certificate is made once per association and kept in PostgreSQL (signing_certificates).
/// </summary>
public sealed class SigningSettings
{
    /// <summary>Per association identifier: the certificate file and its password.</summary>
    public Dictionary<string, TenantCertificate> Tenants { get; } = new(StringComparer.OrdinalIgnoreCase);
    public string? CertificateDirectory { get; set; }
    public string? Password { get; set; }
    /// <summary>Make a self-signed certificate for an association with none configured (never in production).</summary>
    public bool GenerateCertificates { get; set; }
    /// <summary>Protects the generated certificates' PKCS#12 in the database.</summary>
    public string GeneratedPassword { get; set; } = "grantportal-development-only";

    public sealed record TenantCertificate(string? CertificateFile, string? Password);
}
