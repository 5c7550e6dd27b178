using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Reviews;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Panels;

/// <summary>
/// 评审组与专家分配: per category how many experts of each type review each application and by when; the automatic
/// assignment (preview, then confirm); the gaps and the experts' loads; manual assignment per application.
/// </summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed partial class PanelsController(
    PortalDbContext db, TenantContext tenant, AssignmentService assignments, ReviewedApplications reviewed,
    TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    private string CallUrl(Guid callId) => $"/{tenant.Association!.Identifier}/staff/calls/{callId}/panels";

    [HttpGet("/{tenant}/staff/calls/{id:guid}/panels")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return call is null ? NotFound() : View(await PageAsync(call, cancellationToken));
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/panels")]
    public async Task<IActionResult> Save(Guid id, PanelForm form, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        var category = call is null ? null : await db.Categories.AsNoTracking().SingleOrDefaultAsync(c => c.Id == form.CategoryId && c.CallId == id, cancellationToken);
        if (call is null || category is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid || !PanelFormValidator.ParseDue(form.DueAt, out var due))
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), await PageAsync(call, cancellationToken) with { ErrorCategory = category.Id, Form = form });
        }
        var now = time.GetUtcNow();
        var panel = await db.ReviewPanels.SingleOrDefaultAsync(p => p.CategoryId == category.Id, cancellationToken);
        if (panel is null)
        {
            panel = new ReviewPanel(tenant.TenantId!.Value, call.Id, category.Id, now);
            db.ReviewPanels.Add(panel);
        }
        panel.Set(form.Technical!.Value, form.Financial!.Value, form.Management!.Value, due, User.UserId(), now);
        // Open assignments follow the panel's due date.
        foreach (var open in await db.ReviewAssignments.Where(a => a.CategoryId == category.Id && a.Status == ReviewAssignmentStatus.Assigned).ToListAsync(cancellationToken))
        {
            open.SetDue(due);
        }
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = l["已保存 {0} 的评审组", category.Code].Value;
        return LocalRedirect(CallUrl(call.Id));
    }

    /// <summary>Shows what the automatic assignment would do; nothing is saved.</summary>
    [HttpGet("/{tenant}/staff/calls/{id:guid}/panels/auto")]
    public async Task<IActionResult> Preview(Guid id, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        var plan = await assignments.PlanAsync(id, cancellationToken);
        return View(new PreviewPage(call, plan, await CategoryCodesAsync(id, cancellationToken)));
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/panels/auto")]
    public async Task<IActionResult> Run(Guid id, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        try
        {
            var result = await assignments.RunAsync(id, User.UserId(), cancellationToken);
            TempData["Notice"] = l["已自动分配 {0} 个评审任务；仍有 {1} 个空缺", result.Plan.Assignments.Count, result.Plan.Gaps.Sum(g => g.Missing)].Value;
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException && e.InnerException is Npgsql.PostgresException)
        {
            TempData["Notice"] = l["分配期间评审任务被他人修改，未保存任何分配，请重新预览"].Value;
        }
        return LocalRedirect(CallUrl(id));
    }

    private async Task<Dictionary<Guid, string>> CategoryCodesAsync(Guid callId, CancellationToken cancellationToken) =>
        await db.Categories.AsNoTracking().Where(c => c.CallId == callId).ToDictionaryAsync(c => c.Id, c => c.Code, cancellationToken);

    private async Task<PanelsPage> PageAsync(GrantCall call, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.AsNoTracking()
            .Where(c => c.CallId == call.Id && db.Forms.Any(f => f.CategoryId == c.Id))
            .OrderBy(c => c.Code).Select(c => new { c.Id, c.Code, c.Name }).ToListAsync(cancellationToken);
        var panels = await db.ReviewPanels.AsNoTracking().Where(p => p.CallId == call.Id).ToDictionaryAsync(p => p.CategoryId, cancellationToken);
        var applications = await (
            from a in db.Applications.AsNoTracking()
            join o in db.Organizations on a.OrganizationId equals o.Id
            where a.CallId == call.Id && a.Status == ApplicationStatus.ExpertReview
            orderby a.Number
            select new { a.Id, a.Number, a.Title, a.CategoryId, Organization = o.Name })
            .ToListAsync(cancellationToken);
        var held = await (
            from a in db.ReviewAssignments.AsNoTracking()
            join e in db.Experts on a.ExpertId equals e.Id
            where a.CallId == call.Id
            select new { a.ApplicationId, a.ExpertId, e.Name, a.Type, a.Status })
            .ToListAsync(cancellationToken);
        var codes = categories.ToDictionary(c => c.Id, c => c.Code);
        var rows = applications.Select(a =>
        {
            var mine = held.Where(h => h.ApplicationId == a.Id).ToList();
            var open = Enum.GetValues<ExpertType>().ToDictionary(
                t => t,
                t => panels.TryGetValue(a.CategoryId, out var p)
                    ? Math.Max(0, p.Places(t) - mine.Count(h => h.Type == t && h.Status is ReviewAssignmentStatus.Assigned or ReviewAssignmentStatus.Submitted))
                    : 0);
            return new PanelApplicationRow(a.Id, a.Number, a.Title, a.Organization, codes.GetValueOrDefault(a.CategoryId, ""),
                mine.Select(h => (h.Name, h.Type, h.Status)).ToList(), open);
        }).ToList();
        var experts = await db.Experts.AsNoTracking().OrderBy(e => e.Type).ThenBy(e => e.Name).ToListAsync(cancellationToken);
        var loads = experts.ToDictionary(e => e.Id, e => held.Count(h => h.ExpertId == e.Id && h.Status is ReviewAssignmentStatus.Assigned or ReviewAssignmentStatus.Submitted));
        var least = experts.Where(e => e.Available).GroupBy(e => e.Type).ToDictionary(g => g.Key, g => g.Min(e => loads[e.Id]));
        var loadRows = experts.Select(e => new ExpertLoadRow(e.Id, e.Name, e.Organization, e.Type, e.Available, loads[e.Id], e.MaxAssignments,
            e.MaxAssignments is { } max && loads[e.Id] > max,
            least.TryGetValue(e.Type, out var min) && loads[e.Id] > min + 1)).ToList();
        var panelRows = categories.Select(c => new PanelRow(c.Id, c.Code, c.Name, panels.GetValueOrDefault(c.Id), applications.Count(a => a.CategoryId == c.Id))).ToList();
        return new PanelsPage(call, panelRows, rows, loadRows);
    }
}
