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

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
