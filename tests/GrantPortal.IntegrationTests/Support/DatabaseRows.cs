using Npgsql;

namespace GrantPortal.IntegrationTests.Support;

/// <summary>Reads the fixture's database directly, as its owner (no tenant filter, no row-level security), to check what was saved.</summary>
public static class DatabaseRows
{
    public static async Task<long> CountAsync(this PortalFactory factory, string sql, params object[] parameters) =>
        Convert.ToInt64(await factory.ScalarAsync(sql, parameters), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="sql"/> with positional parameters $1, $2 … and returns the first column of the first row.</summary>
    public static async Task<object?> ScalarAsync(this PortalFactory factory, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(factory.Database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    /// <summary>Rows in the tables a registration or an account change writes to, to show that a refused form saved nothing.</summary>
    public static async Task<(long Organizations, long Users, long Memberships)> AccountRowsAsync(this PortalFactory factory) => (
        await factory.CountAsync("SELECT count(*) FROM applicant_organizations"),
        await factory.CountAsync("SELECT count(*) FROM users"),
        await factory.CountAsync("SELECT count(*) FROM tenant_memberships"));
}
