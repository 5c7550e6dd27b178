using System.Security.Claims;
using GrantPortal.Domain.Acceptance;
using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Infrastructure.Acceptance;
using GrantPortal.Infrastructure.Calendar;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ApplicantAcceptance = GrantPortal.Web.Areas.Applicant.Acceptance.AcceptanceController;

namespace GrantPortal.Web.Areas.Staff.Acceptance;

/// <summary>
/// 验收 (staff): an award's materials item by item; accept (the Acceptance tranche becomes due and the award completes),
/// send back for revision with comments per item, or fail; terminate the award (未完成 / 弄虚作假 / 转包 / 验收不通过)
/// with the money to recover and the organisation's debarment; and the call's worklist of awards by acceptance state.
/// </summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class AcceptanceController(
    PortalDbContext db, AcceptanceCases cases, WorkingCalendarProvider calendars, TenantContext tenant, TimeProvider time,
    IStringLocalizer<SharedResource> l, GrantPortal.Infrastructure.Files.IFileContentStore files) : Controller
{
    private const string Base = "/{tenant}/staff/awards/{awardId:guid}/acceptance";

    [HttpGet(Base)]
    public async Task<IActionResult> Show(Guid awardId, CancellationToken cancellationToken)
    {
        var acceptance = await cases.LoadAsync(awardId, null, cancellationToken);
        return acceptance is null ? NotFound() : View(Page(acceptance, null, null, null));
    }

    [HttpGet(Base + "/files/{fileId:guid}")]
    public async Task<IActionResult> Download(Guid awardId, Guid fileId, CancellationToken cancellationToken)
    {
        var acceptance = await cases.LoadAsync(awardId, null, cancellationToken);
        if (acceptance?.Submission is not { } submission || !submission.HasFile(fileId))
        {
            return NotFound();
        }
        return await StoredFileDownload.SendAsync(this, db, files, fileId, acceptance.Award.OrganizationId, cancellationToken,
            inline: type => type.StartsWith("image/", StringComparison.Ordinal) || type == "application/pdf");
    }

    /// <summary>审核: accept, revise or fail the submitted materials.</summary>
    [HttpPost(Base + "/decide")]
    public async Task<IActionResult> Decide(Guid awardId, DecisionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var acceptance = await cases.LoadAsync(awardId, null, cancellationToken);
        if (acceptance is null)
        {
            return NotFound();
        }
        var comments = new Dictionary<int, string>();
        if (Request.HasFormContentType)
        {
            foreach (var key in Request.Form.Keys.Where(k => k.StartsWith("comment-", StringComparison.Ordinal)))
            {
                if (int.TryParse(key["comment-".Length..], System.Globalization.CultureInfo.InvariantCulture, out var index) && !string.IsNullOrWhiteSpace(Request.Form[key]))
                {
                    comments[index] = Request.Form[key].ToString().Trim();
                }
            }
        }
        if (acceptance.Submission is not { Status: AcceptanceStatus.Submitted } submission)
        {
            ModelState.AddModelError("", l["没有待审核的验收材料"]);
            return View(nameof(Show), Page(acceptance, form, comments, null));
        }
        if (form.Decision is not ("accept" or "revise" or "fail"))
        {
            ModelState.AddModelError(nameof(form.Decision), l["请选择审核结论"]);
        }
        if ((form.Comment?.Length ?? 0) > 2000 || comments.Values.Any(c => c.Length > 1000))
        {
            ModelState.AddModelError(nameof(form.Comment), l["意见过长（总体意见 2000 字以内，每项 1000 字以内）"]);
        }
        if (form.Decision == "fail" && string.IsNullOrWhiteSpace(form.Comment))
        {
            ModelState.AddModelError(nameof(form.Comment), l["验收不通过须填写理由"]);
        }
        if (form.Decision == "revise" && string.IsNullOrWhiteSpace(form.Comment) && comments.Count == 0)
        {
            ModelState.AddModelError(nameof(form.Comment), l["退回修改须填写修改意见（总体或逐项）"]);
        }
        if (!ModelState.IsValid)
        {
            return View(nameof(Show), Page(acceptance, form, comments, null));
        }
        var now = time.GetUtcNow();
        var (userId, userName) = (User.UserId(), User.FindFirstValue(ClaimTypes.Name) ?? "?");
        try
        {
            switch (form.Decision)
            {
                case "accept":
                    submission.Accept(form.Comment, form.Version, userId, userName, now);
                    acceptance.Award.MeetMilestone(DisbursementMilestone.Acceptance, now);
                    break;
                case "revise":
                    submission.RequestRevision(comments, form.Comment, form.Version, userId, userName, now);
                    break;
                default:
                    submission.Fail(form.Comment, form.Version, userId, userName, now);
                    break;
            }
            await cases.SaveAsync(cancellationToken);
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", ApplicantAcceptance.AcceptanceText(refused, l));
            return View(nameof(Show), Page((await cases.LoadAsync(awardId, null, cancellationToken))!, form, comments, null));
        }
        TempData["Notice"] = form.Decision switch
        {
            "accept" => l["验收通过：验收后拨付的款项已转为待拨付，项目已结项"].Value,
            "revise" => l["已退回修改"].Value,
            _ => l["已记录验收不通过。请在下方终止项目并确定追回金额和取消申报资格。"].Value,
        };
        return Redirect(PageUrl(awardId) + (form.Decision == "fail" ? "#terminate" : ""));
    }

    /// <summary>终止: the award ends, unpaid tranches are cancelled, the money to recover is recorded and the organisation debarred.</summary>
    [HttpPost(Base + "/terminate")]
    public async Task<IActionResult> Terminate(Guid awardId, TerminateForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var acceptance = await cases.LoadAsync(awardId, null, cancellationToken);
        if (acceptance is null)
        {
            return NotFound();
        }
        var award = acceptance.Award;
        if (award.Status != AwardStatus.Active)
        {
            ModelState.AddModelError("", l["该项目已结项或已终止"]);
        }
        if (form.ToRecover is { } amount && amount > award.Paid)
        {
            ModelState.AddModelError(nameof(form.ToRecover), l["应追回金额不能超过已拨付金额 {0}", Display.Format.Yuan(award.Paid)]);
        }
        if (form.ToRecover is { } lower && lower < award.Paid && string.IsNullOrWhiteSpace(form.RecoveryNote))
        {
            ModelState.AddModelError(nameof(form.RecoveryNote), l["追回金额少于已拨付金额时须说明理由"]);
        }
        if (!ModelState.IsValid)
        {
            return View(nameof(Show), Page(acceptance, null, null, form));
        }
        var now = time.GetUtcNow();
        try
        {
            await cases.TerminateAsync(
                acceptance, form.Ground!.Value, form.Reason!.Trim(), form.ToRecover!.Value, form.RecoveryNote, form.Debar ? form.Years : null,
                form.Version, User.UserId(), User.FindFirstValue(ClaimTypes.Name) ?? "?", now, cancellationToken);
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", refused.Code == "award.recovery_invalid" ? l["应追回金额须在 0 与已拨付金额之间"] : ApplicantAcceptance.AcceptanceText(refused, l));
            return View(nameof(Show), Page((await cases.LoadAsync(awardId, null, cancellationToken))!, null, null, form));
        }
        TempData["Notice"] = l["项目已终止：未拨付的款项已取消，应追回 {0}", Display.Format.Yuan(form.ToRecover!.Value)].Value;
        return Redirect(PageUrl(awardId));
    }

    /// <summary>验收工作台: the call's awards with acceptance due, submitted, overdue (or all).</summary>
    [HttpGet("/{tenant}/staff/calls/{id}/acceptance")]
    public async Task<IActionResult> Worklist(Guid id, string? show, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTrackingWithIdentityResolution().Include(c => c.Categories).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        var awards = await db.Awards.AsNoTracking().Include(a => a.Tranches).Include(a => a.Recoveries).AsSplitQuery()
            .Where(a => a.CallId == id).OrderBy(a => a.ApplicationNumber).ToListAsync(cancellationToken);
        var submissions = await db.AcceptanceSubmissions.AsNoTracking().Where(s => s.CallId == id).ToDictionaryAsync(s => s.AwardId, cancellationToken);
        var terminations = await db.AwardTerminations.AsNoTracking().Where(t => awards.Select(a => a.Id).Contains(t.AwardId)).ToDictionaryAsync(t => t.AwardId, cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var today = BeijingTime.Today(time.GetUtcNow());
        var rows = awards
            .Select(a => new AcceptanceCase(a, call, call.Categories.Single(c => c.Id == a.CategoryId), submissions.GetValueOrDefault(a.Id), terminations.GetValueOrDefault(a.Id), null, calendar))
            .Select(c => new WorklistRow(c, c.DueOn(), c.DaysOverdue(today)))
            .ToList();
        var counts = new Dictionary<string, int>
        {
            ["due"] = rows.Count(IsDue),
            ["submitted"] = rows.Count(IsSubmitted),
            ["overdue"] = rows.Count(r => r.DaysOverdue > 0),
            ["all"] = rows.Count,
        };
        var filter = show is "submitted" or "overdue" or "all" ? show : "due";
        var shown = filter switch
        {
            "submitted" => rows.Where(IsSubmitted),
            "overdue" => rows.Where(r => r.DaysOverdue > 0),
            "all" => rows,
            _ => rows.Where(IsDue),
        };
        return View(new WorklistPage(call, shown.OrderByDescending(r => r.DaysOverdue).ThenBy(r => r.DueOn ?? DateOnly.MaxValue).ToList(), filter, counts));
    }

    private static bool IsDue(WorklistRow row) => row.Case.Award.Status == AwardStatus.Active && row.Case.Submission?.Status is not AcceptanceStatus.Submitted;

    private static bool IsSubmitted(WorklistRow row) => row.Case.Award.Status == AwardStatus.Active && row.Case.Submission?.Status == AcceptanceStatus.Submitted;

    private StaffAcceptancePage Page(AcceptanceCase acceptance, DecisionForm? decision, IReadOnlyDictionary<int, string>? comments, TerminateForm? terminate)
    {
        var today = BeijingTime.Today(time.GetUtcNow());
        var lines = acceptance.Submission?.Checklist()
            ?? acceptance.Requirements.Select(r => new ChecklistLine(r, new AcceptanceItem { Index = r.Index }, AcceptanceShortfall.Missing, 0)).ToList();
        var failed = acceptance.Submission?.Status == AcceptanceStatus.Failed;
        var ground = terminate?.Ground ?? (failed ? TerminationGround.AcceptanceFailed : TerminationGround.NonCompletion);
        var years = DebarmentTerms.YearsFor(DebarmentTerms.ReasonFor(ground), acceptance.Call.Debarments);
        terminate ??= new TerminateForm
        {
            Ground = ground,
            Reason = failed ? acceptance.Submission!.DecisionComment : null,
            ToRecover = acceptance.Award.Paid,
            Years = years,
        };
        terminate.Version = acceptance.Award.Version;
        return new StaffAcceptancePage(
            acceptance, lines, acceptance.DueOn(), acceptance.DaysOverdue(today),
            decision ?? new DecisionForm(), comments ?? new Dictionary<int, string>(), terminate, years,
            acceptance.Award.Status == AwardStatus.Active);
    }

    private string PageUrl(Guid awardId) => $"/{tenant.Association!.Identifier}/staff/awards/{awardId}/acceptance";
}
