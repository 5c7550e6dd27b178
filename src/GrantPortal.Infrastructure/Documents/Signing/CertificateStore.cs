using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GrantPortal.Domain.Documents;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Documents.Signing;

/// <summary>
/// The certificate each association signs its PDFs with (see <see cref="SigningSettings"/>): a configured PKCS#12
/// file, or, in development and tests, a self-signed RSA 2048 certificate (CN and O = the association's full name)
/// generated once and stored in the signing_certificates table, so every instance and every restart reuses it.
/// Certificates are cached for the life of the process.
/// </summary>
public sealed class CertificateStore(SigningSettings settings, DatabaseInitializer databases, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<Guid, X509Certificate2> _cache = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<X509Certificate2> ForAsync(Association association, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(association);
        if (_cache.TryGetValue(association.Id, out var cached))
        {
            return cached;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cache.TryGetValue(association.Id, out cached))
            {
                return cached;
            }
            var certificate = Configured(association) ?? await GeneratedAsync(association, cancellationToken);
            if (!certificate.HasPrivateKey)
            {
                throw new InvalidOperationException($"The signing certificate of {association.Identifier} has no private key.");
            }
            _cache[association.Id] = certificate;
            return certificate;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _gate.Dispose();
        foreach (var certificate in _cache.Values)
        {
            certificate.Dispose();
        }
    }

    private X509Certificate2? Configured(Association association)
    {
        settings.Tenants.TryGetValue(association.Identifier, out var own);
        var file = own?.CertificateFile;
        if (string.IsNullOrWhiteSpace(file) && !string.IsNullOrWhiteSpace(settings.CertificateDirectory))
        {
            var candidate = Path.Combine(settings.CertificateDirectory, association.Identifier + ".pfx");
            file = File.Exists(candidate) ? candidate : null;
        }
        if (string.IsNullOrWhiteSpace(file))
        {
            return null;
        }
        return X509CertificateLoader.LoadPkcs12FromFile(file, own?.Password ?? settings.Password, X509KeyStorageFlags.EphemeralKeySet);
    }

    private async Task<X509Certificate2> GeneratedAsync(Association association, CancellationToken cancellationToken)
    {
        if (!settings.GenerateCertificates)
        {
            throw new InvalidOperationException(
                $"No signing certificate is configured for {association.Identifier}: set GrantPortal:Signing:{association.Identifier}:CertificateFile and :Password, or GrantPortal:Signing:CertificateDirectory.");
        }
        await using var db = databases.CreateOwnerContext();
        var stored = await db.SigningCertificates.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(c => c.TenantId == association.Id, cancellationToken);
        if (stored is null)
        {
            var made = SelfSigned(association.Name, time.GetUtcNow());
            stored = new SigningCertificate(association.Id, made.Subject, made.Thumbprint,
                made.Export(X509ContentType.Pkcs12, settings.GeneratedPassword), made.NotAfter.ToUniversalTime(), time.GetUtcNow());
            db.SigningCertificates.Add(stored);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance made one at the same moment: use that one.
                await using var again = databases.CreateOwnerContext();
                stored = await again.SigningCertificates.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.TenantId == association.Id, cancellationToken);
            }
        }
        return X509CertificateLoader.LoadPkcs12(stored.Pkcs12, settings.GeneratedPassword, X509KeyStorageFlags.EphemeralKeySet);
    }

    /// <summary>A self-signed RSA 2048 / SHA-256 certificate for document signing, valid ten years.</summary>
    public static X509Certificate2 SelfSigned(string name, DateTimeOffset now)
    {
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName(name);
        subject.AddOrganizationName(name);
        subject.AddCountryOrRegion("CN");
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject.Build(), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
    }
}
