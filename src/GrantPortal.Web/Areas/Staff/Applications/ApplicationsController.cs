using GrantPortal.Domain.Common;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Applications;

/// <summary>The applications of a call as staff see them; here staff lift a similarity refusal (查重) with a reason.</summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class ApplicationsController(PortalDbContext db, TenantContext tenant, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("/{tenant}/staff/calls/{id:guid}/applications")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        var rows = await (
            from a in db.Applications.AsNoTracking()
            join o in db.Organizations on a.OrganizationId equals o.Id
            join g in db.Categories on a.CategoryId equals g.Id
            where a.CallId == id
            orderby g.Code, a.Number, a.CreatedAt
            select new StaffApplicationRow(a.Id, a.Number, a.Title, o.Name, g.Code, a.Status, a.SubmittedAt,
                db.ApplicationSubmissions.Count(s => s.ApplicationId == a.Id), a.Similarity, a.SimilarityOverrideReason != null))
            .ToListAsync(cancellationToken);
        return View(new CallApplicationsViewModel(call, rows));
    }

    [HttpGet("/{tenant}/staff/applications/{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var model = await LoadAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("/{tenant}/staff/applications/{id:guid}/allow-similar")]
    public async Task<IActionResult> AllowSimilar(Guid id, string? reason, CancellationToken cancellationToken)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return NotFound();
        }
        try
        {
            application.AllowSimilarity(reason ?? "", User.UserId(), time.GetUtcNow());
        }
        catch (DomainException e)
        {
            var model = (await LoadAsync(id, cancellationToken))! with
            {
                ReasonError = e.Code == "application.reason_required" ? l["请填写原因"] : l["此申报书没有被标记为相似"],
            };
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Details", model);
        }
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = l["已确认为不同项目，申报单位现在可以提交"].Value;
        return LocalRedirect($"/{tenant.Association!.Identifier}/staff/applications/{id}");
    }

    private async Task<StaffApplicationViewModel?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Submissions).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return null;
        }
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == application.OrganizationId, cancellationToken);
        var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == application.CallId, cancellationToken);
        var category = await db.Categories.AsNoTracking().SingleAsync(c => c.Id == application.CategoryId, cancellationToken);
        var form = await db.Forms.AsNoTracking().SingleAsync(f => f.Id == application.FormDefinitionId, cancellationToken);
        var similar = application.SimilarToId is { } other
            ? await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == other, cancellationToken)
            : null;
        return new StaffApplicationViewModel(application, organization, call, category, form.Schema, similar);
    }
}
