using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace GrantPortal.IntegrationTests.Support;

/// <summary>
/// A throwaway database on the PostgreSQL that ./test.sh starts (GRANTPORTAL_TEST_DB, as the owner role with
/// CREATEDB). The app connects to it as GRANTPORTAL_TEST_APP_ROLE, which owns nothing, so row-level security applies.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name, string server)
    {
        Name = name;
        var owner = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true };
        OwnerConnectionString = owner.ConnectionString;
        var app = new NpgsqlConnectionStringBuilder(server) { Database = name, Username = AppRole, Pooling = true };
        AppConnectionString = app.ConnectionString;
        ServerConnectionString = server;
    }

    public static string Server => Environment.GetEnvironmentVariable("GRANTPORTAL_TEST_DB")
        ?? throw new InvalidOperationException("GRANTPORTAL_TEST_DB is not set: run the tests with ./test.sh, which starts PostgreSQL.");

    public static string AppRole => Environment.GetEnvironmentVariable("GRANTPORTAL_TEST_APP_ROLE") ?? "grantportal_app";

    public string Name { get; }
    public string OwnerConnectionString { get; }
    public string AppConnectionString { get; }
    private string ServerConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var name = "gp_test_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new TestDatabase(name, Server);
    }

    /// <summary>Points a test host of the real app at this database: migrated and seeded (demo accounts too) on start, logs to files only.</summary>
    public void Configure(IWebHostBuilder builder, string logDirectory, string? appConnectionString = null)
    {
        builder.UseSetting("ConnectionStrings:Owner", OwnerConnectionString);
        builder.UseSetting("ConnectionStrings:App", appConnectionString ?? AppConnectionString);
        builder.UseSetting("GrantPortal:MigrateOnStartup", "true");
        builder.UseSetting("GrantPortal:SeedDemoAccounts", "true");
        builder.UseSetting("GrantPortal:LogDirectory", logDirectory);
        builder.UseSetting("GrantPortal:ConsoleLog", "false");
    }

    public async ValueTask DisposeAsync()
    {
        // FORCE may not end the app role's sessions (42501: only a member of pg_signal_backend may), and a connection
        // returned to a pool after ClearAllPools stays open: clear again and retry for a while before giving up.
        for (var attempt = 1; ; attempt++)
        {
            NpgsqlConnection.ClearAllPools();
            try
            {
                await using var connection = new NpgsqlConnection(ServerConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                await Task.Delay(500);
            }
        }
    }
}
