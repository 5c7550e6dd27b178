using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Documents;
using GrantPortal.Domain.Files;
using GrantPortal.Infrastructure.Data;

namespace GrantPortal.Infrastructure.Documents.Scans;

/// <summary>
/// Takes in the scan of a sealed paper copy: stores it as a <see cref="StoredFile"/> of the application's organisation,
/// reads the QR code, and records a <see cref="SealedScan"/> with the code the applicant typed. The caller has checked
/// the size, the type by content (one of <see cref="Accept"/>) and that the application is the user's.
/// </summary>
public sealed class ScanIntake(PortalDbContext db, QrReader reader, TimeProvider time, Files.IFileContentStore files)
{
    /// <summary>The largest scan accepted.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    public static readonly IReadOnlyList<string> Accept = [".pdf", ".png", ".jpg", ".jpeg"];

    /// <summary>Stores the scan and its reading; <paramref name="application"/> must have its submissions loaded.</summary>
    public async Task<SealedScan> AcceptAsync(
        GrantApplication application, string fileName, string contentType, byte[] content, string? typedCode, Guid? userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(application);
        var (code, method) = await reader.ReadAsync(content, contentType, cancellationToken);
        var now = time.GetUtcNow();
        var file = new StoredFile(application.TenantId, application.OrganizationId, fileName, contentType, content, userId, now);
        var scan = new SealedScan(application, file.Id, code, method, typedCode, userId, now);
        await files.PutAsync(file, content, cancellationToken);
        db.StoredFiles.Add(file);
        db.SealedScans.Add(scan);
        await db.SaveChangesAsync(cancellationToken);
        return scan;
    }
}
