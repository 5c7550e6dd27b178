using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Display;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Calls;

/// <summary>
/// 通知管理: the staff workbench of the association's calls: list, create, overview, notice details, schedule, publish,
/// close early and reopen, copy to the next year, export and import definition files, and the audit log. Every change
/// goes through <see cref="CallEditor"/>.
/// </summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed partial class CallsController(
    CallEditor editor, PortalDbContext db, TenantContext tenant, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    private string Tenant => tenant.Association!.Identifier;

    private string CallsUrl => $"/{Tenant}/staff/calls";

    private string CallUrl(Guid id) => $"/{Tenant}/staff/calls/{id}";

    [HttpGet("/{tenant}/staff/calls")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var calls = await (
            from c in db.Calls.AsNoTracking()
            join e in db.CallAuditEntries.AsNoTracking() on new { CallId = c.Id, c.Revision } equals new { e.CallId, e.Revision } into entries
            from e in entries.DefaultIfEmpty()
            orderby c.Year descending, c.CreatedAt descending
            select new { c.Id, c.Year, c.Title, c.Status, c.OpensAt, c.SubmissionDeadline, c.SubmissionDeadlineIsEndOfDay, c.ClosedAt, c.Revision, By = e == null ? null : e.UserName, At = e == null ? (DateTimeOffset?)null : e.At })
            .ToListAsync(cancellationToken);
        var rows = calls.Select(c => new CallRow(
            c.Id, c.Year, c.Title, c.Status, GrantCall.PhaseOf(c.Status, c.OpensAt, c.SubmissionDeadline, c.ClosedAt, now),
            c.SubmissionDeadline, c.SubmissionDeadlineIsEndOfDay, c.Revision, c.By, c.At)).ToList();
        return View(rows);
    }

    [HttpGet("/{tenant}/staff/calls/new")]
    public IActionResult New() => View(new CallDetailsForm { Year = BeijingTime.Today(time.GetUtcNow()).Year });

    [HttpPost("/{tenant}/staff/calls/new")]
    public async Task<IActionResult> New(CallDetailsForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        var call = new GrantCall(tenant.TenantId!.Value, form.Year!.Value, form.Title, time.GetUtcNow());
        call.DescribeNotice(Blank(form.DocumentNumber), Blank(form.IssuedBy), form.IssuedOn, form.NoticeText ?? "");
        var outcome = await editor.CreateAsync(call, User.ToAuthor(), "call.create", $"新建通知：{call.Title}", cancellationToken);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError(outcome.Error?.Code == "call.duplicate_title" ? nameof(form.Title) : "", DomainMessages.Describe(outcome.Error!, l));
            return View(form);
        }
        TempData["Notice"] = l["已新建草稿通知"].Value;
        return LocalRedirect(CallUrl(call.Id));
    }

    [HttpGet("/{tenant}/staff/calls/{id:guid}")]
    public async Task<IActionResult> Overview(Guid id, CancellationToken cancellationToken)
    {
        var call = await editor.LoadAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        var recent = await editor.HistoryAsync(id, call.Revision - 1, cancellationToken);
        var last = recent.Count > 0 ? recent[0] : null;
        return View(new OverviewPage(call, call.PhaseAt(time.GetUtcNow()), PublishProblems(call), last));
    }

    [HttpGet("/{tenant}/staff/calls/{id:guid}/history")]
    public async Task<IActionResult> History(Guid id, CancellationToken cancellationToken)
    {
        var call = await FindAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        return View(new HistoryPage(call, await editor.HistoryAsync(id, null, cancellationToken)));
    }

    /// <summary>The call without its tree, untracked: for pages that show or change only the call's own fields.</summary>
    private Task<GrantCall?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>What <see cref="GrantCall.Publish"/> would refuse: the invariants, and a call without categories.</summary>
    private static List<CallViolation> PublishProblems(GrantCall call)
    {
        var problems = CallInvariants.Check(call).ToList();
        if (!call.RootCategories.Any())
        {
            problems.Add(new CallViolation(null, "至少需要一个项目类别"));
        }
        return problems;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
