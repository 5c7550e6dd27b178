using GrantPortal.Domain.Applications;
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
    /// <summary>Rows per page: on deadline day a call has thousands of applications.</summary>
    public const int PageSize = 100;

    [HttpGet("/{tenant}/staff/calls/{id:guid}/applications")]
    public async Task<IActionResult> Index(Guid id, string? q, ApplicationStatus? status, int page = 1, CancellationToken cancellationToken = default)
    {
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        var counts = await db.Applications.AsNoTracking().Where(a => a.CallId == id)
            .GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var query =
            from a in db.Applications.AsNoTracking()
            join o in db.Organizations on a.OrganizationId equals o.Id
            join g in db.Categories on a.CategoryId equals g.Id
            where a.CallId == id
            select new { a, o, g };
        if (status is { } wanted)
        {
            query = query.Where(x => x.a.Status == wanted);
        }
        var term = q?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            var pattern = "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(x => EF.Functions.ILike(x.a.Title, pattern) || EF.Functions.ILike(x.o.Name, pattern) || (x.a.Number != null && EF.Functions.ILike(x.a.Number, pattern)));
        }
        var total = await query.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = await query
            .OrderBy(x => x.g.Code).ThenBy(x => x.a.Number).ThenBy(x => x.a.CreatedAt).ThenBy(x => x.a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new StaffApplicationRow(x.a.Id, x.a.Number, x.a.Title, x.o.Name, x.g.Code, x.a.Status, x.a.SubmittedAt,
                db.ApplicationSubmissions.Count(s => s.ApplicationId == x.a.Id), x.a.Similarity, x.a.SimilarityOverrideReason != null))
            .ToListAsync(cancellationToken);
        return View(new CallApplicationsViewModel(call, rows, counts, total, page, pages, term, status));
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
