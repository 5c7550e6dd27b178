using GrantPortal.Infrastructure.Data;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GrantPortal.IntegrationTests.Data;

/// <summary>The migrations and the model agree: nothing left to migrate, and a migrated database has the model's schema.</summary>
[Collection(PortalCollection.Name)]
public sealed class SchemaTests(PortalFactory factory)
{
    [Fact]
    public async Task Model_HasNoPendingChanges()
    {
        await using var db = factory.Services.GetRequiredService<DatabaseInitializer>().CreateOwnerContext();
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run tools/EfDesign/add-migration.sh NAME");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task MigratedDatabase_HasTheSameCatalogAsTheModelsCreateScript()
    {
        await using var fromModel = await TestDatabase.CreateAsync();
        await using (var db = factory.Services.GetRequiredService<DatabaseInitializer>().CreateOwnerContext())
        {
            var script = db.Database.GenerateCreateScript();
            await using var connection = new NpgsqlConnection(fromModel.OwnerConnectionString);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand(script, connection);
            await create.ExecuteNonQueryAsync();
        }
        var migrated = await CatalogAsync(factory.Database.OwnerConnectionString);
        var modelled = await CatalogAsync(fromModel.OwnerConnectionString);
        Assert.Equal(modelled.Except(migrated).Order(), Array.Empty<string>());
        Assert.Equal(migrated.Except(modelled).Order(), Array.Empty<string>());
        Assert.Contains(migrated, line => line.StartsWith("column grant_categories.budget_cap numeric(18,2)", StringComparison.Ordinal));
        Assert.Contains(migrated, line => line.StartsWith("column grant_calls.submission_deadline timestamp with time zone", StringComparison.Ordinal));
    }

    /// <summary>Columns, constraints and indexes of the public schema, one line each (row-level security policies live only in migrations).</summary>
    private static async Task<HashSet<string>> CatalogAsync(string connectionString)
    {
        const string sql = """
            SELECT 'column ' || c.table_name || '.' || c.column_name || ' ' || format_type(a.atttypid, a.atttypmod)
                   || CASE WHEN c.is_nullable = 'NO' THEN ' not null' ELSE '' END || coalesce(' default ' || c.column_default, '')
            FROM information_schema.columns c
            JOIN pg_attribute a ON a.attrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass AND a.attname = c.column_name
            WHERE c.table_schema = 'public' AND c.table_name <> '__EFMigrationsHistory'
            UNION ALL
            SELECT 'constraint ' || rel.relname || '.' || con.conname || ' ' || pg_get_constraintdef(con.oid)
            FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace n ON n.oid = rel.relnamespace
            WHERE n.nspname = 'public' AND rel.relname <> '__EFMigrationsHistory'
            UNION ALL
            SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'
            """;
        var lines = new HashSet<string>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }
        return lines;
    }
}
