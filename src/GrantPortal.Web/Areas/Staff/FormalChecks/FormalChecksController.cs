using System.Globalization;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.FormalChecks;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.FormalChecks;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.FormalChecks;

/// <summary>
/// 形式审查: the queue of a call's applications by category and state, one application's checklist with the decision
/// (pass, return for correction until a deadline, reject) and its history, and the bulk pass of clean ones.
/// </summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class FormalChecksController(
    PortalDbContext db, FormalCheckService checks, TenantContext tenant, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    private string Tenant => tenant.Association!.Identifier;

    private FormalCheckActor Actor => new(User.ToAuthor().UserId, User.ToAuthor().Name);

    [HttpGet("/{tenant}/staff/calls/{id:guid}/formal-check")]
    public async Task<IActionResult> Queue(Guid id, Guid? category, string? show, string? flag, int? page, CancellationToken cancellationToken)
    {
        var call = await checks.CallAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        var rows = await checks.QueueAsync(call, cancellationToken);
        var state = show is QueuePage.Returned or QueuePage.Passed or QueuePage.Rejected ? show : QueuePage.Pending;
        var queue = new QueuePage(call, rows, category, state, flag is "flagged" or "clean" ? flag : null, time.GetUtcNow(), page ?? 1);
        if (state != QueuePage.Pending)
        {
            queue = queue with { LastDecisions = await checks.LastDecisionsAsync(queue.PageRows.Select(r => r.ApplicationId).ToList(), cancellationToken) };
        }
        return View(queue);
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/formal-check/bulk-confirm")]
    public async Task<IActionResult> ConfirmBulk(Guid id, List<Guid> selected, bool allClean, Guid? category, CancellationToken cancellationToken)
    {
        var call = await checks.CallAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        var pending = (await checks.RowsAsync(call, cancellationToken))
            .Where(r => r.Application.AwaitsFormalCheck && (category is null || r.Category.Id == category))
            .ToList();
        var chosen = allClean
            ? pending.Where(r => r.Checklist is { IsFlagged: false, HasFailures: false }).ToList()
            : pending.Where(r => selected.Contains(r.Application.Id)).ToList();
        if (chosen.Count == 0)
        {
            TempData["Error"] = (allClean ? l["没有可以批量通过的申报书（无任何需注意项）"] : l["请先选择要通过的申报书"]).Value;
            return LocalRedirect(QueueUrl(id, category));
        }
        return View(Split(call, category, chosen));
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/formal-check/bulk")]
    public async Task<IActionResult> BulkPass(Guid id, List<string> pass, bool confirmed, Guid? category, CancellationToken cancellationToken)
    {
        var call = await checks.CallAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        var expected = new Dictionary<Guid, int>();
        foreach (var item in pass)
        {
            var parts = item.Split(':');
            if (parts.Length == 2 && Guid.TryParse(parts[0], CultureInfo.InvariantCulture, out var applicationId)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var revision))
            {
                expected[applicationId] = revision;
            }
        }
        if (expected.Count == 0)
        {
            TempData["Error"] = l["请先选择要通过的申报书"].Value;
            return LocalRedirect(QueueUrl(id, category));
        }
        if (!confirmed)
        {
            var rows = (await checks.RowsAsync(call, cancellationToken)).Where(r => expected.ContainsKey(r.Application.Id)).ToList();
            var page = Split(call, category, rows);
            if (page.ManualLabels.Count > 0)
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return View(nameof(ConfirmBulk), page with { ConfirmError = true });
            }
        }
        var results = await checks.BulkPassAsync(id, expected, Actor, cancellationToken);
        var passed = results.Count(r => r.SkippedBecause is null);
        var skipped = results.Where(r => r.SkippedBecause is not null).ToList();
        TempData["Notice"] = (skipped.Count == 0
            ? l["已批量通过 {0} 份申报书", passed]
            : l["已批量通过 {0} 份申报书；{1} 份未通过，需逐份审查：{2}", passed, skipped.Count, string.Join("、", skipped.Select(s => s.Number ?? s.Title))]).Value;
        return LocalRedirect(QueueUrl(id, category));
    }

    [HttpGet("/{tenant}/staff/formal-check/{id:guid}")]
    public async Task<IActionResult> Check(Guid id, CancellationToken cancellationToken)
    {
        var row = await checks.RowAsync(id, null, cancellationToken);
        if (row is null)
        {
            return NotFound();
        }
        var form = new DecisionForm { Revision = row.Application.Revision, CorrectionDeadline = DefaultCorrectionDeadline() };
        return View(await PageAsync(row, form, cancellationToken));
    }

    [HttpPost("/{tenant}/staff/formal-check/{id:guid}")]
    public async Task<IActionResult> Decide(Guid id, DecisionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await db.Applications.AsNoTracking().AnyAsync(a => a.Id == id, cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, form, null, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }
        DateTimeOffset? until = form.CorrectionDeadline is { } d ? BeijingTime.At(DateOnly.FromDateTime(d), new TimeOnly(d.Hour, d.Minute)) : null;
        var result = await checks.DecideAsync(new FormalCheckRequest(id, form.Revision, form.Outcome!.Value, form.Reasons, until, form.Ticked), Actor, cancellationToken);
        switch (result.Status)
        {
            case FormalCheckStatus.NotFound:
                return NotFound();
            case FormalCheckStatus.Stale:
                return await RedisplayAsync(id, form, l["此申报书已被其他工作人员处理，或申报单位刚刚作了修改。以下是最新状态，请重新核对。"], StatusCodes.Status409Conflict, cancellationToken);
            case FormalCheckStatus.Refused:
                AddError(result.Error!);
                return await RedisplayAsync(id, form, null, StatusCodes.Status422UnprocessableEntity, cancellationToken);
            default:
                var decision = result.Decision!;
                var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == id, cancellationToken);
                TempData["Notice"] = (decision.Outcome switch
                {
                    FormalCheckOutcome.Passed => l["{0} 已通过形式审查，进入专家评审", application.Number ?? application.Title],
                    FormalCheckOutcome.Returned => l["{0} 已退回修改，修改截止时间 {1}（北京时间），已通知申报单位", application.Number ?? application.Title, Display.Format.BeijingMinute(decision.CorrectionDeadline!.Value)],
                    _ => l["{0} 不予受理，已通知申报单位", application.Number ?? application.Title],
                }).Value;
                return LocalRedirect(QueueUrl(application.CallId, application.CategoryId));
        }
    }

    private void AddError(DomainException error)
    {
        switch (error.Code)
        {
            case "formal_check.unconfirmed":
                ModelState.AddModelError(nameof(DecisionForm.Ticked), l["通过前请核对并勾选：{0}", error.Arguments.Count > 0 ? error.Arguments[0] : ""]);
                break;
            case "formal_check.note_required":
                ModelState.AddModelError(nameof(DecisionForm.Reasons), l["有不符合的检查项：如仍予通过，请在“原因或说明”中写明理由"]);
                break;
            case "formal_check.reasons_required":
                ModelState.AddModelError(nameof(DecisionForm.Reasons), l["请填写原因"]);
                break;
            case "formal_check.deadline_past":
            case "formal_check.deadline_required":
                ModelState.AddModelError(nameof(DecisionForm.CorrectionDeadline), l["修改截止时间必须晚于当前时间"]);
                break;
            case "formal_check.not_pending":
                ModelState.AddModelError("", l["此申报书不在待形式审查状态"]);
                break;
            default:
                ModelState.AddModelError("", Display.DomainMessages.Describe(error, l));
                break;
        }
    }

    private async Task<IActionResult> RedisplayAsync(Guid id, DecisionForm form, string? error, int status, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var row = await checks.RowAsync(id, form.Ticked, cancellationToken);
        if (row is null)
        {
            return NotFound();
        }
        Response.StatusCode = status;
        if (error is not null)
        {
            // The page shows the application as it now stands: a new decision starts from its current revision.
            form.Revision = row.Application.Revision;
        }
        return View(nameof(Check), (await PageAsync(row, form, cancellationToken)) with { Error = error });
    }

    private async Task<CheckPage> PageAsync(FormalCheckRow row, DecisionForm form, CancellationToken cancellationToken)
    {
        var callTitle = await db.Calls.AsNoTracking().Where(c => c.Id == row.Application.CallId).Select(c => c.Title).SingleAsync(cancellationToken);
        return new CheckPage(row, callTitle, form, time.GetUtcNow());
    }

    /// <summary>A week from today at 17:00 Beijing time, as the form's default.</summary>
    private DateTime DefaultCorrectionDeadline()
    {
        var day = BeijingTime.ToBeijing(time.GetUtcNow()).Date.AddDays(7);
        return day.AddHours(17);
    }

    private static BulkConfirmPage Split(Domain.Calls.GrantCall call, Guid? category, List<FormalCheckRow> chosen) => new(
        call, category,
        chosen.Where(r => r.Application.AwaitsFormalCheck && r.Checklist is { IsFlagged: false, HasFailures: false }).ToList(),
        chosen.Where(r => !r.Application.AwaitsFormalCheck || r.Checklist is not { IsFlagged: false, HasFailures: false }).ToList());

    private string QueueUrl(Guid callId, Guid? category) =>
        $"/{Tenant}/staff/calls/{callId}/formal-check" + (category is { } c ? $"?category={c}" : "");
}
