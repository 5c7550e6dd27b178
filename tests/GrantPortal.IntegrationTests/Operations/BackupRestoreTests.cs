using System.Diagnostics;
using System.Globalization;
using GrantPortal.IntegrationTests.Localization;
using GrantPortal.IntegrationTests.Support;
using Npgsql;

namespace GrantPortal.IntegrationTests.Operations;

/// <summary>
/// scripts/backup.sh and scripts/restore.sh, round trip: the shared seeded database is backed up (read only) and
/// restored into NEW databases on the same cluster, which must hold the same tables, rows, row-level-security
/// policies and grants to the app role; a damaged backup or a database with data (without --yes) is refused.
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

    private static async Task<(int Code, string Output, string Error)> ScriptAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(LocalizerKeys.RepositoryRoot, "scripts", script));
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

    private async Task<string> BackupAsync()
    {
        var file = Path.Combine(_directory, "portal.dump");
        var (code, output, error) = await ScriptAsync("backup.sh", "--connection", Source, "--out", file);
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
}
