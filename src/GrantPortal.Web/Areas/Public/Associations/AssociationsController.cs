using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Areas.Public.Calls;
using Microsoft.AspNetCore.Mvc;

namespace GrantPortal.Web.Areas.Public.Associations;

/// <summary>An association's home: its calls by year and, for each, the categories open to applicants (可申报项目).</summary>
[Area("Public")]
public sealed class AssociationsController(PortalDbContext db, TenantContext tenant, TimeProvider time) : Controller
{
    [HttpGet("/{tenant}")]
    public async Task<IActionResult> Home(CancellationToken cancellationToken)
    {
        var calls = await CallCatalog.PublishedAsync(db, time.GetUtcNow(), callId: null, cancellationToken);
        return View(new AssociationHomeViewModel(tenant.Association!, calls));
    }
}
