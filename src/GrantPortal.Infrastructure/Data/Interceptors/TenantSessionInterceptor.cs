using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GrantPortal.Infrastructure.Data.Interceptors;

/// <summary>
/// The second wall: tells PostgreSQL which association and person this connection acts for, so row-level security
/// shows the app role only that tenant's rows. Set on every open, so a pooled connection never keeps an earlier
/// request's tenant (Npgsql also resets session state when a connection returns to the pool).
/// </summary>
public sealed class TenantSessionInterceptor : DbConnectionInterceptor
{
    private const string Sql = "SELECT set_config('app.tenant_id', $1, false), set_config('app.user_id', $2, false)";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Prepare(connection, eventData);
        command?.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Prepare(connection, eventData);
        if (command is not null)
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static DbCommand? Prepare(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (eventData.Context is not PortalDbContext { Tenant: { IsSystem: false } tenant })
        {
            return null;
        }
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = tenant.TenantId?.ToString() ?? "" });
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = tenant.UserId?.ToString() ?? "" });
        return command;
    }
}
