using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GrantPortal.Infrastructure.Files;

/// <summary>
/// Sweeps the directory store (<see cref="DirectoryFileContentStore"/>). An upload writes its file before it saves the
/// file's row, so a failed save or a process killed in between leaves a file no row refers to; so do temporary files of
/// writes cut short. The sweep removes both once they are older than the grace period (uploads in flight are younger),
/// asking each association's database rows — in its own scope and tenant, so the query filter and row-level security
/// apply, as the NoticeFinaliser does — which of the old files are still referenced, in batches. It also reports rows
/// whose bytes are gone, and never "repairs" them. Only names of the store's own layout are touched
/// (<c>{tenant id}/{two hex digits}/{file id}</c> and <c>{file id}.{random}.tmp</c>); anything else is left alone.
/// </summary>
public sealed class DirectoryFileSweeper(
    DirectoryFileContentStore store, IServiceScopeFactory scopes, AssociationDirectory associations, FileSweepOptions options, TimeProvider clock,
    ILogger<DirectoryFileSweeper> logger)
{
    /// <summary>Ids per query: well under PostgreSQL's parameter limit, few round trips.</summary>
    public const int BatchSize = 1000;

    public FileSweepOptions Options => options;

    public async Task<FileSweepReport> SweepAsync(bool dryRun, CancellationToken cancellationToken = default)
    {
        // File times are the file system's real time, so "now" is too (the app's clock may be set by tests or a demo).
        var cutoff = clock.GetUtcNow().UtcDateTime - options.Grace;
        var known = (await associations.AllAsync(cancellationToken)).Values.ToDictionary(a => a.Id);
        foreach (var directory in Directory.EnumerateDirectories(store.Root))
        {
            if (!Guid.TryParseExact(Path.GetFileName(directory), "N", out var tenantId) || !known.ContainsKey(tenantId))
            {
                logger.LogWarning("File store: {Directory} is not an association's directory; left alone", directory);
            }
        }

        var orphans = new List<SweptFile>();
        var temporaries = new List<SweptFile>();
        var missing = new List<MissingFile>();
        foreach (var association in known.Values)
        {
            var (files, partials) = Scan(association.Id);
            temporaries.AddRange(partials.Where(f => f.LastWriteTimeUtc < cutoff).Select(Swept));
            var old = files.Where(f => f.Value.LastWriteTimeUtc < cutoff).ToList();
            var referenced = await ReferencedAsync(association, old.Select(f => f.Key).ToList(), cancellationToken);
            orphans.AddRange(old.Where(f => !referenced.Contains(f.Key)).Select(f => Swept(f.Value)));
            missing.AddRange(await MissingAsync(association, files, cancellationToken));
        }

        if (!dryRun)
        {
            orphans = Remove(orphans);
            temporaries = Remove(temporaries);
        }
        foreach (var file in missing)
        {
            logger.LogError("File store: stored file {FileId} ({Tenant}) has a row but no bytes (expected at {Path}); not repaired", file.FileId, file.Tenant, file.ExpectedPath);
        }
        var report = new FileSweepReport(dryRun, orphans, temporaries, missing);
        if (report.Count > 0 || missing.Count > 0)
        {
            logger.LogInformation(
                "File store sweep{DryRun}: {Orphans} unreferenced files ({OrphanBytes} bytes) and {Temporaries} temporary files ({TemporaryBytes} bytes) removed, {Missing} rows without bytes",
                dryRun ? " (dry run, nothing removed)" : "", orphans.Count, orphans.Sum(f => f.Bytes), temporaries.Count, temporaries.Sum(f => f.Bytes), missing.Count);
        }
        return report;
    }

    /// <summary>The association's stored files by id, and its temporary files, as they are on disk now.</summary>
    private (Dictionary<Guid, FileInfo> Files, List<FileInfo> Temporaries) Scan(Guid tenantId)
    {
        var files = new Dictionary<Guid, FileInfo>();
        var temporaries = new List<FileInfo>();
        var tenantDirectory = new DirectoryInfo(Path.Join(store.Root, tenantId.ToString("N")));
        if (!tenantDirectory.Exists)
        {
            return (files, temporaries);
        }
        foreach (var bucket in tenantDirectory.EnumerateDirectories().Where(d => d.Name.Length == 2))
        {
            foreach (var file in bucket.EnumerateFiles())
            {
                var name = file.Name;
                if (name.Length == 32 && Guid.TryParseExact(name, "N", out var id) && name.StartsWith(bucket.Name, StringComparison.Ordinal))
                {
                    files[id] = file;
                }
                else if (IsTemporaryName(name) && name.StartsWith(bucket.Name, StringComparison.Ordinal))
                {
                    temporaries.Add(file);
                }
            }
        }
        return (files, temporaries);
    }

    /// <summary><c>{file id}.{random}.tmp</c>, as <see cref="DirectoryFileContentStore.PutAsync"/> names it.</summary>
    private static bool IsTemporaryName(string name)
    {
        var parts = name.Split('.');
        return parts.Length == 3 && "." + parts[2] == DirectoryFileContentStore.TemporarySuffix
            && Guid.TryParseExact(parts[0], "N", out _) && Guid.TryParseExact(parts[1], "N", out _);
    }

    private async Task<HashSet<Guid>> ReferencedAsync(Association association, List<Guid> ids, CancellationToken cancellationToken)
    {
        var referenced = new HashSet<Guid>();
        if (ids.Count == 0)
        {
            return referenced;
        }
        await using var scope = TenantScope(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        foreach (var batch in ids.Chunk(BatchSize))
        {
            referenced.UnionWith(await db.StoredFiles.AsNoTracking().Where(f => batch.Contains(f.Id)).Select(f => f.Id).ToListAsync(cancellationToken));
        }
        return referenced;
    }

    /// <summary>
    /// The association's rows whose bytes are neither on disk nor in PostgreSQL (files kept there before the store was
    /// switched to a directory are not missing). A row listed after the directory was read is looked for once more on
    /// disk, since its file is always written before it.
    /// </summary>
    private async Task<List<MissingFile>> MissingAsync(Association association, Dictionary<Guid, FileInfo> onDisk, CancellationToken cancellationToken)
    {
        var missing = new List<MissingFile>();
        await using var scope = TenantScope(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var rows = db.StoredFiles.AsNoTracking()
            .Where(f => !db.StoredFileContents.Any(c => c.Id == f.Id))
            .Select(f => f.Id)
            .AsAsyncEnumerable();
        await foreach (var id in rows.WithCancellation(cancellationToken))
        {
            var path = store.PathOf(association.Id, id);
            if (!onDisk.ContainsKey(id) && !File.Exists(path))
            {
                missing.Add(new MissingFile(association.Identifier, id, path));
            }
        }
        return missing;
    }

    private AsyncServiceScope TenantScope(Association association)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        return scope;
    }

    /// <summary>Deletes the files; returns those it removed (one that cannot be removed is logged and kept for the next round).</summary>
    private List<SweptFile> Remove(List<SweptFile> files)
    {
        var removed = new List<SweptFile>();
        foreach (var file in files)
        {
            try
            {
                File.Delete(file.Path);
                removed.Add(file);
                logger.LogInformation("File store: removed {Path} ({Bytes} bytes, last written {LastWrite:O})", file.Path, file.Bytes, file.LastWriteUtc);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(e, "File store: could not remove {Path}", file.Path);
            }
        }
        return removed;
    }

    private static SweptFile Swept(FileInfo file) => new(file.FullName, file.Length, file.LastWriteTimeUtc);
}
