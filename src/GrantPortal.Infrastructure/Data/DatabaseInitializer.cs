using GrantPortal.Infrastructure.Data.Interceptors;
using GrantPortal.Infrastructure.Identity;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GrantPortal.Infrastructure.Data;

/// <summary>Brings a database up to date at startup: migrations and grants as the owner, then the seed data.</summary>
public sealed class DatabaseInitializer(PortalDatabaseOptions options, IServiceProvider services, TimeProvider time, ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger<DatabaseInitializer>();

    public PortalDbContext CreateOwnerContext() =>
        new(new DbContextOptionsBuilder<PortalDbContext>()
            .UseNpgsql(options.OwnerConnectionString)
            .AddInterceptors(new CallInvariantsInterceptor())
            .Options, TenantContext.System());

    public async Task InitializeAsync(bool seedDemoAccounts, CancellationToken cancellationToken)
    {
        await using (var db = CreateOwnerContext())
        {
            await db.Database.MigrateAsync(cancellationToken);
            await GrantAppRoleAsync(db, cancellationToken);
            await new PortalSeeder(db, time, loggers.CreateLogger<PortalSeeder>()).SeedAsync(cancellationToken);
        }
        await EnsureAppRoleIsRestrictedAsync(cancellationToken);
        if (seedDemoAccounts)
        {
            await using var db = CreateOwnerContext();
            await using var scope = services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            await new PortalSeeder(db, time, loggers.CreateLogger<PortalSeeder>()).SeedDemoAccountsAsync(users, cancellationToken);
        }
        _logger.LogInformation("Database ready");
    }

    private async Task GrantAppRoleAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var role = new NpgsqlConnectionStringBuilder(options.AppConnectionString).Username
            ?? throw new InvalidOperationException("The app connection string names no user.");
        var quoted = "\"" + role.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var sql = $"""
            GRANT USAGE ON SCHEMA public TO {quoted};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {quoted};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {quoted};
            REVOKE INSERT, UPDATE, DELETE ON "__EFMigrationsHistory" FROM {quoted};
            REVOKE UPDATE, DELETE ON call_audit_entries, calendar_changes, application_submissions FROM {quoted};
            REVOKE UPDATE, DELETE ON data_protection_keys FROM {quoted};
            """;
        await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }

    /// <summary>Refuses to serve when the app's role could step over row-level security (superuser, BYPASSRLS, or owning the tables).</summary>
    private async Task EnsureAppRoleIsRestrictedAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(options.AppConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT r.rolsuper OR r.rolbypassrls
                OR EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner = current_user)
            FROM pg_roles r WHERE r.rolname = current_user
            """, connection);
        if (await command.ExecuteScalarAsync(cancellationToken) is true)
        {
            throw new InvalidOperationException(
                "The app connection's role can bypass row-level security (superuser, BYPASSRLS or table owner). Use a role that owns nothing, e.g. grantportal_app.");
        }
    }
}
