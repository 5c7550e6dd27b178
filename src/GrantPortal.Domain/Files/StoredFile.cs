using System.Security.Cryptography;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Files;

/// <summary>
/// 上传的附件: an uploaded file's description, owned by one applicant organisation. The bytes are kept apart by the
/// file store (in PostgreSQL a <see cref="StoredFileContent"/> row, or a file in a shared directory), so that listings
/// never load them; the constructor takes them only for their size and SHA-256. The original name is only shown and offered as the
/// download name, never used as a path.
/// </summary>
public sealed class StoredFile : ITenantOwned
{
    private StoredFile() { }

    public StoredFile(Guid tenantId, Guid organizationId, string originalName, string contentType, byte[] content, Guid? userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        OrganizationId = organizationId;
        OriginalName = SafeName(originalName);
        ContentType = contentType;
        Size = content.LongLength;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        CreatedAt = now;
        CreatedBy = userId;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string OriginalName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    /// <summary>Hex SHA-256 of the bytes: shows the file was not changed since it was uploaded.</summary>
    public string Sha256 { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid? CreatedBy { get; private set; }
    /// <summary>The bytes' row when the file store is PostgreSQL; read them through the file store, not this.</summary>
    public StoredFileContent? Content { get; private set; }

    /// <summary>The file name without any directory part or control characters, at most 200 characters.</summary>
    public static string SafeName(string? name)
    {
        var file = (name ?? "").Replace('\\', '/');
        file = file[(file.LastIndexOf('/') + 1)..];
        file = new string(file.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (file.Length > 200)
        {
            var extension = Path.GetExtension(file);
            file = file[..(200 - Math.Min(extension.Length, 20))] + extension[..Math.Min(extension.Length, 20)];
        }
        return file.Length == 0 ? "file" : file;
    }
}
