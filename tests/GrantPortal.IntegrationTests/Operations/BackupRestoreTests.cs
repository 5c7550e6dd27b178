using System.Diagnostics;
using System.Globalization;
using GrantPortal.Domain.Files;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Files;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Localization;
using GrantPortal.IntegrationTests.Security.Uploads;
using GrantPortal.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GrantPortal.IntegrationTests.Operations;

/// <summary>
/// scripts/backup.sh and scripts/restore.sh, round trip: the shared seeded database is backed up (read only) and
/// restored into NEW databases on the same cluster, which must hold the same tables, rows, row-level-security
/// policies and grants to the app role; a damaged backup or a database with data (without --yes) is refused.
/// With the directory file store (--files): the uploads travel in FILE.files.tar, byte-identical and without the
/// temporary files of writes in flight; a damaged or missing tar, or a directory with files (without --yes), is refused.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class BackupRestoreTests(PortalFactory factory) : IAsyncLifetime
{
    private const string XinjiangTitle = "2025年度自治区科协学会重点资助项目申报指南";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gp-backup-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly List<string> _databases = [];

    private string Source => factory.Database.OwnerConnectionString;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Source);
        await connection.OpenAsync();
        foreach (var name in _databases)
        {
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        Directory.Delete(_directory, recursive: true);
    }

    private string NewDatabaseName()
    {
        var name = "gp_restore_" + Guid.NewGuid().ToString("N")[..12];
        _databases.Add(name);
        return name;
    }

    private string On(string database) => new NpgsqlConnectionStringBuilder(Source) { Database = database }.ConnectionString;

    private static Task<(int Code, string Output, string Error)> ScriptAsync(string script, params string[] args) =>
        RunAsync("bash", [Path.Combine(LocalizerKeys.RepositoryRoot, "scripts", script), .. args]);

    private static async Task<(int Code, string Output, string Error)> RunAsync(
        string program, IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private async Task<string> BackupAsync(params string[] extra)
    {
        var file = Path.Combine(_directory, "portal.dump");
        var (code, output, error) = await ScriptAsync("backup.sh", ["--connection", Source, "--out", file, .. extra]);
        Assert.True(code == 0, $"backup.sh exited {code}: {error}");
        Assert.Equal(file, output.Trim());
        Assert.True(File.Exists(file + ".sha256"), "no checksum file");
        return file;
    }

    private static async Task<List<string>> RowsAsync(string connectionString, string sql, string? tenant = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        if (tenant is not null)
        {
            await using var set = new NpgsqlCommand($"SELECT set_config('app.tenant_id', '{tenant}', false)", connection);
            await set.ExecuteNonQueryAsync();
        }
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }
        return rows;
    }

    /// <summary>Every table with its exact row count, its row-level-security flags, its policies and its grants: what a restore must reproduce.</summary>
    private static async Task<List<string>> ShapeAsync(string connectionString)
    {
        var tables = await RowsAsync(connectionString,
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
        var shape = new List<string>();
        foreach (var table in tables)
        {
            var count = await RowsAsync(connectionString, $"SELECT count(*) FROM public.\"{table}\"");
            shape.Add($"table {table}: {count[0]} rows");
        }
        shape.AddRange(await RowsAsync(connectionString,
            "SELECT 'rls ' || relname || ' ' || relrowsecurity || ' ' || relforcerowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY relname"));
        shape.AddRange(await RowsAsync(connectionString,
            "SELECT 'policy', tablename, policyname, permissive, array_to_string(roles, ','), cmd, qual, with_check FROM pg_policies ORDER BY tablename, policyname"));
        shape.AddRange(await RowsAsync(connectionString,
            $"SELECT 'grant', table_name, grantee, privilege_type FROM information_schema.role_table_grants WHERE table_schema = 'public' AND grantee = '{TestDatabase.AppRole}' ORDER BY 2, 3, 4"));
        shape.AddRange(await RowsAsync(connectionString,
            $"SELECT 'sequence grant', c.relname, has_sequence_privilege('{TestDatabase.AppRole}', c.oid, 'USAGE') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY 2"));
        return shape;
    }

    [Fact]
    public async Task RoundTrip_IntoNewDatabase_SameTablesRowsPoliciesGrantsAndData()
    {
        var before = await ShapeAsync(Source);
        var file = await BackupAsync();
        var target = NewDatabaseName();

        var (code, _, error) = await ScriptAsync("restore.sh", file, "--create", "--connection", Source, "--db", target);

        Assert.True(code == 0, $"restore.sh exited {code}: {error}");
        Assert.Contains("checksum OK", error, StringComparison.Ordinal);
        Assert.Contains(before, line => line.StartsWith("policy", StringComparison.Ordinal));
        Assert.Contains(before, line => line.StartsWith("grant", StringComparison.Ordinal));
        Assert.Equal(before, await ShapeAsync(On(target)));
        Assert.Equal(
            await RowsAsync(Source, $"SELECT id, tenant_id, year, title FROM grant_calls WHERE title = '{XinjiangTitle}'"),
            await RowsAsync(On(target), $"SELECT id, tenant_id, year, title FROM grant_calls WHERE title = '{XinjiangTitle}'"));

        // The app's role on the copy: row-level security still applies (nothing without a tenant, only its own with one).
        var app = new NpgsqlConnectionStringBuilder(On(target)) { Username = TestDatabase.AppRole }.ConnectionString;
        Assert.Equal("0", (await RowsAsync(app, "SELECT count(*) FROM grant_calls"))[0]);
        var xinjiang = (await RowsAsync(On(target), $"SELECT tenant_id FROM grant_calls WHERE title = '{XinjiangTitle}'"))[0];
        Assert.Equal(
            await RowsAsync(On(target), $"SELECT title FROM grant_calls WHERE tenant_id = '{xinjiang}' ORDER BY title"),
            await RowsAsync(app, "SELECT title FROM grant_calls ORDER BY title", tenant: xinjiang));

        // Over a database that has data: refused without --yes, replaced with it.
        (code, _, error) = await ScriptAsync("restore.sh", file, "--connection", On(target));
        Assert.True(code == 3, $"restore.sh without --yes exited {code}: {error}");
        Assert.Contains("--yes", error, StringComparison.Ordinal);

        (code, _, error) = await ScriptAsync("restore.sh", file, "--yes", "--connection", On(target));
        Assert.True(code == 0, $"restore.sh --yes exited {code}: {error}");
        Assert.Equal(before, await ShapeAsync(On(target)));
    }

    [Fact]
    public async Task Restore_ChecksumDoesNotMatch_RefusesAndCreatesNothing()
    {
        var file = await BackupAsync();
        var sum = await File.ReadAllTextAsync(file + ".sha256");
        await File.WriteAllTextAsync(file + ".sha256", (sum[0] == '0' ? "1" : "0") + sum[1..]);
        var target = NewDatabaseName();

        var (code, _, error) = await ScriptAsync("restore.sh", file, "--create", "--connection", Source, "--db", target);

        Assert.True(code == 3, $"restore.sh exited {code}: {error}");
        Assert.Contains("checksum mismatch", error, StringComparison.Ordinal);
        Assert.Equal("0", (await RowsAsync(Source, $"SELECT count(*) FROM pg_database WHERE datname = '{target}'"))[0]);
    }

    [Fact]
    public async Task Restore_BackupFileDamaged_Refuses()
    {
        var file = await BackupAsync();
        await using (var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite))
        {
            stream.Seek(stream.Length / 2, SeekOrigin.Begin);
            var original = stream.ReadByte();
            stream.Seek(-1, SeekOrigin.Current);
            stream.WriteByte((byte)(original ^ 0xff));
        }
        var target = NewDatabaseName();

        var (code, _, error) = await ScriptAsync("restore.sh", file, "--create", "--connection", Source, "--db", target);

        Assert.True(code == 3, $"restore.sh exited {code}: {error}");
        Assert.Contains("checksum mismatch", error, StringComparison.Ordinal);
    }

    // --- the directory file store (--files) ------------------------------------------------------------------

    private string StoreDirectory => Path.Combine(_directory, "store");

    /// <summary>Files of a new hunan organisation written to a directory store; their rows saved when <paramref name="saveRows"/>.</summary>
    private async Task<List<(StoredFile File, byte[] Content)>> StoreFilesAsync(DirectoryFileContentStore store, int count, bool saveRows)
    {
        var organizationId = (await UploadSetup.CreateAsync(factory)).OrganizationId;
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(UploadSetup.Tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var files = new List<(StoredFile, byte[])>();
        for (var i = 0; i < count; i++)
        {
            // Binary bytes of several sizes (one over tar's 512-byte blocks, one of many), so a text-mode slip would show.
            var content = new byte[(i * 70_001) + 3];
            Random.Shared.NextBytes(content);
            var file = new StoredFile(association.Id, organizationId, $"备份{i}.pdf", "application/pdf", content, null, DateTimeOffset.UtcNow);
            await store.PutAsync(file, content);
            if (saveRows)
            {
                db.StoredFiles.Add(file);
            }
            files.Add((file, content));
        }
        await db.SaveChangesAsync();
        return files;
    }

    /// <summary>A temporary file as a write in flight leaves it, next to where its file will be.</summary>
    private static string Temporary(DirectoryFileContentStore store, Guid tenantId)
    {
        var path = store.PathOf(tenantId, Guid.NewGuid()) + "." + Guid.NewGuid().ToString("N") + DirectoryFileContentStore.TemporarySuffix;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, new byte[123]);
        return path;
    }

    private static List<string> FilesUnder(string directory) => Directory.Exists(directory)
        ? Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(directory, f)).Order(StringComparer.Ordinal).ToList()
        : [];

    private async Task<long> CountInAsync(string database, string sql) =>
        long.Parse((await RowsAsync(On(database), sql))[0], CultureInfo.InvariantCulture);

    private async Task<bool> DatabaseExistsAsync(string name) =>
        (await RowsAsync(Source, $"SELECT count(*) FROM pg_database WHERE datname = '{name}'"))[0] == "1";

    [Fact]
    public async Task RoundTrip_WithTheDirectoryStore_EveryFileArrivesByteIdentical_TemporariesDoNot()
    {
        var store = new DirectoryFileContentStore(StoreDirectory);
        var files = await StoreFilesAsync(store, 3, saveRows: true);
        var temporary = Temporary(store, files[0].File.TenantId);
        var inStore = FilesUnder(StoreDirectory);

        // The directory from the environment, as a run.sh-style deployment sets it once.
        var file = Path.Combine(_directory, "portal.dump");
        var (code, output, error) = await RunAsync("bash", [Path.Combine(LocalizerKeys.RepositoryRoot, "scripts", "backup.sh"), "--connection", Source, "--out", file],
            environment: new Dictionary<string, string> { ["GRANTPORTAL_FILES_DIR"] = StoreDirectory });
        Assert.True(code == 0, $"backup.sh exited {code}: {error}");
        Assert.Equal(file, output.Trim());
        Assert.True(File.Exists(file + ".files.tar"), "no .files.tar");
        Assert.Equal(2, (await File.ReadAllLinesAsync(file + ".sha256")).Length);
        (code, _, error) = await RunAsync("sha256sum", ["-c", "portal.dump.sha256"], workingDirectory: _directory);
        Assert.True(code == 0, $"sha256sum -c exited {code}: {error}");
        var (_, listing, _) = await RunAsync("tar", ["-tf", file + ".files.tar"]);
        var members = listing.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(members, m => m.EndsWith(DirectoryFileContentStore.TemporarySuffix, StringComparison.Ordinal) || m.StartsWith('/') || m.StartsWith("./", StringComparison.Ordinal));
        Assert.Empty(Directory.GetDirectories(_directory, ".store.backup.*")); // the snapshot is gone

        var target = NewDatabaseName();
        var restored = Path.Combine(_directory, "restored", "files");
        (code, _, error) = await ScriptAsync("restore.sh", file, "--create", "--connection", Source, "--db", target, "--files", restored);

        Assert.True(code == 0, $"restore.sh exited {code}: {error}");
        var copy = new DirectoryFileContentStore(restored);
        foreach (var (storedFile, content) in files)
        {
            Assert.Equal(content, await copy.GetAsync(storedFile)); // GetAsync checks the SHA-256 of the row too
        }
        Assert.Equal(inStore.Where(f => !f.EndsWith(DirectoryFileContentStore.TemporarySuffix, StringComparison.Ordinal)), FilesUnder(restored));
        Assert.Contains(Path.GetRelativePath(StoreDirectory, temporary), inStore);
        Assert.Equal(3, await CountInAsync(target, $"SELECT count(*) FROM stored_files WHERE id IN ({string.Join(", ", files.Select(f => $"'{f.File.Id}'"))})"));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(restored)!, ".files.restore.*"));
    }

    [Fact]
    public async Task Restore_FilesArchiveDamagedOrMissing_RefusesAndTouchesNothing()
    {
        var store = new DirectoryFileContentStore(StoreDirectory);
        await StoreFilesAsync(store, 2, saveRows: false);
        var file = await BackupAsync("--files", StoreDirectory);
        var tar = file + ".files.tar";
        await using (var stream = new FileStream(tar, FileMode.Open, FileAccess.ReadWrite))
        {
            stream.Seek(stream.Length / 3, SeekOrigin.Begin);
            var original = stream.ReadByte();
            stream.Seek(-1, SeekOrigin.Current);
            stream.WriteByte((byte)(original ^ 0xff));
        }
        var target = NewDatabaseName();
        var restored = Path.Combine(_directory, "restored", "files");

        var (code, _, error) = await ScriptAsync("restore.sh", file, "--create", "--connection", Source, "--db", target, "--files", restored);

        Assert.True(code == 3, $"restore.sh exited {code}: {error}");
        Assert.Contains("checksum mismatch for " + tar, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(restored)), "the files' directory was touched");
        Assert.False(await DatabaseExistsAsync(target), "the database was created");

        File.Delete(tar);
        (code, _, error) = await ScriptAsync("restore.sh", file, "--create", "--connection", Source, "--db", target, "--files", restored);
        Assert.True(code == 3, $"restore.sh without the tar exited {code}: {error}");
        Assert.Contains("missing", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(restored)), "the files' directory was touched");
        Assert.False(await DatabaseExistsAsync(target), "the database was created");
    }

    [Fact]
    public async Task Restore_IntoADirectoryWithFiles_RefusedWithoutYes_AddedWithYes_WarnedWithoutFiles()
    {
        var store = new DirectoryFileContentStore(StoreDirectory);
        var files = await StoreFilesAsync(store, 2, saveRows: false);
        var file = await BackupAsync("--files", StoreDirectory);
        var restored = Path.Combine(_directory, "restored");
        Directory.CreateDirectory(restored);
        var stranger = Path.Combine(restored, "运维说明.txt");
        await File.WriteAllTextAsync(stranger, "别删");
        var target = NewDatabaseName();

        var (code, _, error) = await ScriptAsync("restore.sh", file, "--create", "--connection", Source, "--db", target, "--files", restored);

        Assert.True(code == 3, $"restore.sh exited {code}: {error}");
        Assert.Contains("--yes", error, StringComparison.Ordinal);
        Assert.Equal(["运维说明.txt"], FilesUnder(restored));
        Assert.False(await DatabaseExistsAsync(target), "the database was created");

        // With --yes the archive's files are added; what was there stays (the sweeper's business).
        (code, _, error) = await ScriptAsync("restore.sh", file, "--create", "--yes", "--connection", Source, "--db", target, "--files", restored);
        Assert.True(code == 0, $"restore.sh --yes exited {code}: {error}");
        Assert.True(File.Exists(stranger));
        var copy = new DirectoryFileContentStore(restored);
        foreach (var (stored, content) in files)
        {
            Assert.Equal(content, await copy.GetAsync(stored));
        }

        // Without --files: the database only, and a clear warning that the files were left out.
        (code, _, error) = await ScriptAsync("restore.sh", file, "--create", "--connection", Source, "--db", NewDatabaseName());
        Assert.True(code == 0, $"restore.sh without --files exited {code}: {error}");
        Assert.Contains("were NOT restored", error, StringComparison.Ordinal);
    }
}
