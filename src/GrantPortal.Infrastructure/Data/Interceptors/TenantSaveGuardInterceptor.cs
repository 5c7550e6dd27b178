using GrantPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GrantPortal.Infrastructure.Data.Interceptors;

/// <summary>
/// Refuses to save a tenant-owned row of another association than the current one (added, changed or deleted).
/// The query filter keeps other tenants' rows out of reads; this keeps them out of writes.
/// </summary>
public sealed class TenantSaveGuardInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Guard(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Guard(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Guard(DbContext? context)
    {
        if (context is not PortalDbContext portal || portal.Tenant.IsSystem)
        {
            return;
        }
        var tenantId = portal.Tenant.TenantId;
        foreach (var entry in portal.ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && entry.Entity.TenantId != tenantId)
            {
                throw new InvalidOperationException(
                    $"Refused to save {entry.Metadata.ClrType.Name} of tenant {entry.Entity.TenantId} in the scope of tenant {tenantId?.ToString() ?? "(none)"}.");
            }
        }
    }
}
