using GrantPortal.Domain.Files;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Files;

/// <summary>The default store: the bytes in stored_file_contents, saved in the same transaction as the file's row, under row-level security.</summary>
public sealed class PostgresFileContentStore(PortalDbContext db) : IFileContentStore
{
    public Task PutAsync(StoredFile file, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(content);
        db.StoredFileContents.Add(new StoredFileContent(file.Id, file.TenantId, content));
        return Task.CompletedTask;
    }

    public async Task<byte[]?> GetAsync(StoredFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return await db.StoredFileContents.AsNoTracking().Where(c => c.Id == file.Id).Select(c => c.Data).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task DeleteAsync(StoredFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var content = await db.StoredFileContents.SingleOrDefaultAsync(c => c.Id == file.Id, cancellationToken);
        if (content is not null)
        {
            db.StoredFileContents.Remove(content);
        }
    }
}
