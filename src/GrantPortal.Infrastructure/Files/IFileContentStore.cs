using GrantPortal.Domain.Files;

namespace GrantPortal.Infrastructure.Files;

/// <summary>
/// Where the bytes of uploaded files (<see cref="StoredFile"/>) live, shared by every app instance: PostgreSQL by
/// default (<see cref="PostgresFileContentStore"/>), or a directory all instances mount (<see cref="DirectoryFileContentStore"/>,
/// <c>Files:Store=Directory</c>, <c>Files:Directory=/path</c>). Files are found by their id, never by a name anyone typed.
/// </summary>
public interface IFileContentStore
{
    /// <summary>
    /// Stores the bytes of a new file; call it before saving the <see cref="StoredFile"/> row. In PostgreSQL they are
    /// saved by that same SaveChanges (one transaction); a directory store has written them durably before it returns,
    /// so a saved row always has its bytes (a failed save at most leaves an unreferenced file).
    /// </summary>
    Task PutAsync(StoredFile file, byte[] content, CancellationToken cancellationToken = default);

    /// <summary>The file's bytes, or null when the store has none.</summary>
    Task<byte[]?> GetAsync(StoredFile file, CancellationToken cancellationToken = default);

    /// <summary>Removes the file's bytes (nothing when there are none). In PostgreSQL, saved by the caller's SaveChanges.</summary>
    Task DeleteAsync(StoredFile file, CancellationToken cancellationToken = default);
}
