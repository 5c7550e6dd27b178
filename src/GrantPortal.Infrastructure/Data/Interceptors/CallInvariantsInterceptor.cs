using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GrantPortal.Infrastructure.Data.Interceptors;

/// <summary>
/// Every save that adds or changes a call, a category or a form re-checks that call's invariants (caps, quotas,
/// tranches, deadlines, forms) on the whole tree, and refuses the save with the nodes and numbers named.
/// </summary>
public sealed class CallInvariantsInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not PortalDbContext db)
        {
            return result;
        }
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity switch
            {
                GrantCall call => call.Id,
                GrantCategory category => category.CallId,
                FormDefinition form => db.Categories.Local.FirstOrDefault(c => c.Id == form.CategoryId)?.CallId,
                _ => (Guid?)null,
            })
            .OfType<Guid>()
            .Distinct()
            .ToList();
        foreach (var callId in changed)
        {
            var call = db.Calls.Local.FirstOrDefault(c => c.Id == callId)
                ?? await db.Calls.IgnoreQueryFilters([PortalDbContext.TenantFilter]).SingleAsync(c => c.Id == callId, cancellationToken);
            var entry = db.Entry(call);
            if (entry.State == EntityState.Deleted)
            {
                continue;
            }
            if (entry.State != EntityState.Added)
            {
                // Load the whole tree (and its forms) so the check sees every node, not only the changed ones.
                await entry.Collection(c => c.Categories).Query().IgnoreQueryFilters([PortalDbContext.TenantFilter]).Include(c => c.Forms).LoadAsync(cancellationToken);
            }
            var violations = CallInvariants.Check(call);
            if (violations.Count > 0)
            {
                throw new DomainException("call.invalid", string.Join("\n", violations.Select(v => v.ToString())));
            }
        }
        return result;
    }
}
