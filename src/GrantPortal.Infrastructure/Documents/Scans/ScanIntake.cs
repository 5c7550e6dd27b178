using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Documents;
using GrantPortal.Domain.Files;
using GrantPortal.Infrastructure.Data;

namespace GrantPortal.Infrastructure.Documents.Scans;

/// <summary>
/// Takes in the scan of a sealed paper copy: checks its type by content (PDF, PNG or JPEG), stores it as a
/// <see cref="StoredFile"/> of the application's organisation, reads the QR code, and records a <see cref="SealedScan"/>
/// with the code the applicant typed. The caller has checked the size and that the application is the user's.
/// </summary>
public sealed class ScanIntake(PortalDbContext db, QrReader reader, TimeProvider time, Files.IFileContentStore files)
{
    /// <summary>The largest scan accepted.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    public static readonly IReadOnlyList<string> Accept = [".pdf", ".png", ".jpg", ".jpeg"];

    /// <summary>The content type of an acceptable scan, or null (wrong extension or content).</summary>
    public static string? ContentTypeOf(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (type, error) = UploadTypes.Check(content.AsSpan(0, Math.Min(content.Length, UploadTypes.HeadLength)), fileName, [.. Accept]);
        return error is null ? type : null;
    }

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
