using System.Security.Cryptography;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Documents;

/// <summary>
/// The ZIP an export job made, kept in PostgreSQL so every instance can serve it. Not a <see cref="Files.StoredFile"/>:
/// those belong to an applicant organisation, this belongs to the association.
/// </summary>
public sealed class ExportArchive : ITenantOwned
{
    private ExportArchive() { }

    public ExportArchive(Guid tenantId, Guid jobId, string fileName, byte[] content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        JobId = jobId;
        FileName = Files.StoredFile.SafeName(fileName);
        Size = content.LongLength;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        CreatedAt = now;
        Content = content;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid JobId { get; private set; }
    public string FileName { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public byte[] Content { get; private set; } = [];
}
