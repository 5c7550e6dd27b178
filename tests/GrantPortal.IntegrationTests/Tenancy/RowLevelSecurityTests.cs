using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GrantPortal.IntegrationTests.Tenancy;

/// <summary>
/// The second wall: the app's database role owns no table, so PostgreSQL itself shows it only the rows of the
/// tenant the connection names, and none when it names no tenant, whatever the SQL says.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class RowLevelSecurityTests(PortalFactory factory)
{
    private static readonly string[] TenantTables = ["grant_calls", "grant_categories", "form_definitions", "applicant_organizations", "tenant_memberships", "call_audit_entries"];

    private async Task<Guid> TenantIdAsync(string identifier)
    {
        await using var connection = new NpgsqlConnection(factory.Database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM associations WHERE identifier = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = identifier });
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task RawSql_WithoutTenantSetting_ReturnsNoRows()
    {
        await using var connection = new NpgsqlConnection(factory.Database.AppConnectionString);
        await connection.OpenAsync();
        foreach (var table in TenantTables)
        {
            Assert.Equal(0, await CountAsync(connection, $"SELECT count(*) FROM {table}"));
        }
        await using var owner = new NpgsqlConnection(factory.Database.OwnerConnectionString);
        await owner.OpenAsync();
        Assert.True(await CountAsync(owner, "SELECT count(*) FROM grant_calls") >= 4, "the rows exist: the owner sees them");
    }

    [Fact]
    public async Task RawSql_WithTenantSetting_SeesOnlyThatTenant()
    {
        var xinjiang = await TenantIdAsync("xinjiang");
        await using var connection = new NpgsqlConnection(factory.Database.AppConnectionString);
        await connection.OpenAsync();
        await using (var set = new NpgsqlCommand($"SELECT set_config('app.tenant_id', '{xinjiang}', false)", connection))
        {
            await set.ExecuteNonQueryAsync();
        }
        Assert.Equal(0, await CountAsync(connection, $"SELECT count(*) FROM grant_categories WHERE tenant_id <> '{xinjiang}'"));
        Assert.True(await CountAsync(connection, "SELECT count(*) FROM grant_categories") > 0);
        Assert.Equal(0, await CountAsync(connection, "SELECT count(*) FROM grant_calls WHERE title LIKE '%提质增效%'")); // guangxi's call
    }

    [Fact]
    public async Task RawSql_InsertForAnotherTenant_IsRefusedByPostgres()
    {
        var xinjiang = await TenantIdAsync("xinjiang");
        var guangxi = await TenantIdAsync("guangxi");
        await using var connection = new NpgsqlConnection(factory.Database.AppConnectionString);
        await connection.OpenAsync();
        await using (var set = new NpgsqlCommand($"SELECT set_config('app.tenant_id', '{xinjiang}', false)", connection))
        {
            await set.ExecuteNonQueryAsync();
        }
        await using var insert = new NpgsqlCommand(
            $"""
            INSERT INTO applicant_organizations (id, tenant_id, name, type, credit_code, contact_name, contact_phone, contact_email, created_at)
            VALUES ('{Guid.CreateVersion7()}', '{guangxi}', '越权单位', 'Society', '51450000MJ0000009', 'x', '0771-0000000', 'x@example.com', now())
            """, connection);
        var error = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState); // new row violates row-level security policy
    }

    [Fact]
    public async Task EfQuery_IgnoringTheTenantFilter_StillSeesOnlyOwnRows()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<AssociationDirectory>();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
        tenant.SetTenant((await directory.FindAsync("hunan"))!);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.NotEqual(0, await db.Calls.CountAsync()); // hunan's seeded call, and any other tests made
        // Even a query that drops the EF filter only gets hunan's rows: PostgreSQL enforces the tenant too.
        var tenants = await db.Calls.IgnoreQueryFilters([PortalDbContext.TenantFilter]).Select(c => c.TenantId).Distinct().ToListAsync();
        Assert.Equal([tenant.TenantId!.Value], tenants);
    }

    [Fact]
    public async Task SaveGuard_RowOfAnotherTenant_IsRefusedBeforeTheDatabase()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<AssociationDirectory>();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant((await directory.FindAsync("hunan"))!);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var shanxi = (await directory.FindAsync("shanxi"))!;
        db.Calls.Add(new GrantCall(shanxi.Id, 2030, "越权通知", DateTimeOffset.UtcNow));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("Refused to save GrantCall", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppRole_OwnsNoTableAndCannotBypassSecurity()
    {
        await using var connection = new NpgsqlConnection(factory.Database.AppConnectionString);
        await connection.OpenAsync();
        Assert.Equal(0, await CountAsync(connection, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user"));
        Assert.Equal(0, await CountAsync(connection, "SELECT count(*) FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)"));
        await using var owner = new NpgsqlConnection(factory.Database.OwnerConnectionString);
        await owner.OpenAsync();
        foreach (var table in TenantTables)
        {
            Assert.Equal(1, await CountAsync(owner, $"SELECT count(*) FROM pg_class WHERE relname = '{table}' AND relrowsecurity"));
        }
    }

    [Fact]
    public async Task EveryTableWithATenantColumn_IsBehindRowLevelSecurity()
    {
        await using var owner = new NpgsqlConnection(factory.Database.OwnerConnectionString);
        await owner.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relrowsecurity
              AND EXISTS (SELECT 1 FROM information_schema.columns k WHERE k.table_name = c.relname AND k.column_name = 'tenant_id')
            """, owner);
        var unprotected = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                unprotected.Add(reader.GetString(0));
            }
        }
        Assert.True(unprotected.Count == 0, "tables with tenant_id but no row-level security: " + string.Join(", ", unprotected));
    }
}
