using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Web.Areas.Public.Calls;

/// <summary>A published call in full (the notice, its rules and category tree) and one category with its form.</summary>
[Area("Public")]
public sealed class CallsController(PortalDbContext db, TenantContext tenant, TimeProvider time) : Controller
{
    [HttpGet("/{tenant}/calls/{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        // The tree comes from the catalogue projection; the call's own fields are all this page needs besides.
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.Status == CallStatus.Published, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        var summary = (await CallCatalog.PublishedAsync(db, time.GetUtcNow(), id, cancellationToken)).Single();
        return View(new CallDetailsViewModel(tenant.Association!, call, summary));
    }

    [HttpGet("/{tenant}/categories/{id:guid}")]
    public async Task<IActionResult> Category(Guid id, CancellationToken cancellationToken)
    {
        var callId = await db.Categories.Where(c => c.Id == id).Select(c => (Guid?)c.CallId).SingleOrDefaultAsync(cancellationToken);
        var call = callId is { } found ? await LoadAsync(found, cancellationToken) : null;
        var category = call?.Categories.SingleOrDefault(c => c.Id == id);
        if (call is null || category is null)
        {
            return NotFound();
        }
        return View(new CategoryViewModel(tenant.Association!, call, category, call.PhaseAt(time.GetUtcNow())));
    }

    private Task<GrantCall?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        // Tracked, so EF links each category to its parent and children (the tree the page walks).
        db.Calls
            .Include(c => c.Categories).ThenInclude(c => c.Forms)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == id && c.Status == CallStatus.Published, cancellationToken);
}
