using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Files;

/// <summary>The bytes of a <see cref="StoredFile"/>, in a table of their own.</summary>
public sealed class StoredFileContent : ITenantOwned
{
    private StoredFileContent() { }

    public StoredFileContent(Guid id, Guid tenantId, byte[] data)
    {
        Id = id;
        TenantId = tenantId;
        Data = data;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public byte[] Data { get; private set; } = [];
}
