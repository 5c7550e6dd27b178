using System.Runtime.InteropServices;
using System.Security.Cryptography;
using GrantPortal.Domain.Files;

namespace GrantPortal.Infrastructure.Files;

/// <summary>
/// The bytes as files under one directory all instances share (<c>{root}/{tenant id}/{first two hex digits}/{file id}</c>):
/// the path is made of ids only. A file is written to a temporary name, flushed to disk (fsync), renamed into place
/// (atomic: a reader sees the whole file or none) and the directory synced, so a file said to be stored survives a
/// power cut. Reads check the SHA-256 recorded when the file was uploaded.
/// </summary>
public sealed class DirectoryFileContentStore : IFileContentStore
{
    private readonly string _root;

    public DirectoryFileContentStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    /// <summary>The directory under which every file is kept (full path).</summary>
    public string Root => _root;

    /// <summary>The suffix of a file being written (<c>{file id}.{random}.tmp</c>); renamed away when whole.</summary>
    public const string TemporarySuffix = ".tmp";

    public string PathOf(StoredFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return PathOf(file.TenantId, file.Id);
    }

    public string PathOf(Guid tenantId, Guid fileId)
    {
        var id = fileId.ToString("N");
        return Path.Join(_root, tenantId.ToString("N"), id[..2], id);
    }

    public async Task PutAsync(StoredFile file, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = PathOf(file);
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + TemporarySuffix;
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(content, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        SyncDirectory(directory);
    }

    public async Task<byte[]?> GetAsync(StoredFile file, CancellationToken cancellationToken = default)
    {
        var path = PathOf(file);
        if (!File.Exists(path))
        {
            return null;
        }
        var content = await File.ReadAllBytesAsync(path, cancellationToken);
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(content)), file.Sha256, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Stored file {file.Id} does not match its SHA-256: the file store is damaged.");
        }
        return content;
    }

    public Task DeleteAsync(StoredFile file, CancellationToken cancellationToken = default)
    {
        var path = PathOf(file);
        File.Delete(path);
        SyncDirectory(Path.GetDirectoryName(path)!);
        return Task.CompletedTask;
    }

    /// <summary>fsync of the directory, so that the rename (the new name) is on disk too; Linux only (elsewhere nothing).</summary>
    private static void SyncDirectory(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var descriptor = Open(System.Text.Encoding.UTF8.GetBytes(directory + "\0"), 0); // O_RDONLY, a NUL-terminated UTF-8 path
        if (descriptor < 0)
        {
            return;
        }
        try
        {
            _ = Fsync(descriptor);
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Fsync(int descriptor);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Close(int descriptor);
}
