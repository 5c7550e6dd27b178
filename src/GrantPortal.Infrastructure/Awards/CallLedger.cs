using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Awards;

/// <summary>A call's ledger with what it was built from: the call, its categories in tree order and its awards.</summary>
public sealed record CallLedger(GrantCall Call, IReadOnlyList<GrantCategory> Categories, IReadOnlyList<Award> Awards, Ledger Ledger)
{
    /// <summary>The ledger of call <paramref name="callId"/> of the current association; null when there is no such call.</summary>
    public static async Task<CallLedger?> LoadAsync(PortalDbContext db, Guid callId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var call = await db.Calls.AsNoTracking().Include(c => c.Categories).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == callId, cancellationToken);
        if (call is null)
        {
            return null;
        }
        var awards = await db.Awards.AsNoTracking().Include(a => a.Tranches).Include(a => a.Recoveries).AsSplitQuery()
            .Where(a => a.CallId == callId).OrderBy(a => a.ApplicationNumber).ToListAsync(cancellationToken);
        var categories = call.AllCategories.ToList();
        var ledger = Ledger.For(
            [.. categories.Select(c => new LedgerCategory(c.Id, c.ParentId, c.Code, c.Name, c.BudgetCap))],
            awards.Select(LedgerEntry.Of));
        return new CallLedger(call, categories, awards, ledger);
    }
}
