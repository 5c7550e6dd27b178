using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Documents;

/// <summary>
/// The association's generated signing certificate (development and tests; production configures its own): a
/// self-signed RSA certificate as a password-protected PKCS#12, made once and reused by every instance and restart.
/// </summary>
public sealed class SigningCertificate : ITenantOwned
{
    private SigningCertificate() { }

    public SigningCertificate(Guid tenantId, string subject, string thumbprint, byte[] pkcs12, DateTimeOffset notAfter, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pkcs12);
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        Subject = subject;
        Thumbprint = thumbprint;
        Pkcs12 = pkcs12;
        NotAfter = notAfter;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public string Subject { get; private set; } = "";
    public string Thumbprint { get; private set; } = "";
    public byte[] Pkcs12 { get; private set; } = [];
    public DateTimeOffset NotAfter { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
