using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Progress;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Notifications;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Areas.Staff.Progress;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.MidTerm;

/// <summary>
/// 中期评估 (staff): read an award's mid-term report and evaluate it — pass (the mid-term tranche becomes due), return for
/// revision, or fail (recorded; termination is decided on the acceptance page). The applicant is told each outcome.
/// </summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class MidTermController(PortalDbContext db, TenantContext tenant, TimeProvider time, Notifier notifier, IStringLocalizer<SharedResource> l, GrantPortal.Infrastructure.Files.IFileContentStore fileStore) : Controller
{
    private const string Base = "/{tenant}/staff/awards/{awardId:guid}/midterm";

    [HttpGet(Base)]
    public async Task<IActionResult> Index(Guid awardId, CancellationToken cancellationToken)
    {
        var award = await AwardAsync(awardId, cancellationToken);
        if (award is null)
        {
            return NotFound();
        }
        var report = await ReportAsync(awardId, cancellationToken);
        return View(await PageAsync(award, report, new EvaluationForm { Revision = report?.Revision ?? 0 }, cancellationToken));
    }

    [HttpPost(Base + "/evaluate")]
    public async Task<IActionResult> Evaluate(Guid awardId, EvaluationForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var award = await AwardAsync(awardId, cancellationToken);
        var report = award is null ? null : await ReportAsync(awardId, cancellationToken);
        if (award is null || report is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await PageAsync(award, report, form, cancellationToken));
        }
        var now = time.GetUtcNow();
        var actor = new ProgressActor(User.UserId(), User.Identity?.Name ?? "?");
        try
        {
            switch (form.Outcome)
            {
                case "pass":
                    report.Pass(award, form.Comment, actor, form.Revision, now);
                    break;
                case "return":
                    report.Return(form.Comment ?? "", actor, form.Revision, now);
                    break;
                default:
                    report.Fail(form.Comment ?? "", actor, form.Revision, now);
                    break;
            }
            await NotifyAsync(award, report, form.Comment, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException refused)
        {
            return await RefusedAsync(awardId, form, ProgressMessages.Describe(refused, l), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RefusedAsync(awardId, form, l["此页面打开后已有其他人修改，请重新载入"], cancellationToken);
        }
        TempData["Notice"] = report.Status switch
        {
            MidTermStatus.Passed => l["中期评估通过：中期拨款已可拨付"].Value,
            MidTermStatus.ReturnedForRevision => l["已退回修改，申报单位已收到通知"].Value,
            _ => l["已记录中期评估不通过"].Value,
        };
        return LocalRedirect($"/{tenant.Association!.Identifier}/staff/awards/{awardId}/midterm");
    }

    [HttpGet(Base + "/files/{fileId:guid}")]
    public async Task<IActionResult> Download(Guid awardId, Guid fileId, CancellationToken cancellationToken)
    {
        var award = await AwardAsync(awardId, cancellationToken);
        var report = award is null ? null : await ReportAsync(awardId, cancellationToken);
        if (report is null || !report.AttachmentIds.Contains(fileId))
        {
            return NotFound();
        }
        return await StoredFileDownload.SendAsync(this, db, fileStore, fileId, award!.OrganizationId, cancellationToken);
    }

    private async Task<IActionResult> RefusedAsync(Guid awardId, EvaluationForm form, string error, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var award = (await AwardAsync(awardId, cancellationToken))!;
        var report = await ReportAsync(awardId, cancellationToken);
        ModelState.AddModelError("", error);
        form.Revision = report?.Revision ?? 0;
        return View(nameof(Index), await PageAsync(award, report, form, cancellationToken));
    }

    private async Task NotifyAsync(Award award, MidTermReport report, string? comment, CancellationToken cancellationToken)
    {
        var title = report.Status switch
        {
            MidTermStatus.Passed => l["中期评估通过：{0}", award.ProjectTitle].Value,
            MidTermStatus.ReturnedForRevision => l["中期报告退回修改：{0}", award.ProjectTitle].Value,
            _ => l["中期评估不通过：{0}", award.ProjectTitle].Value,
        };
        var body = string.IsNullOrWhiteSpace(comment) ? title : title + "\n" + l["评估意见："] + comment.Trim();
        var link = $"/{tenant.Association!.Identifier}/my/awards/{award.Id}/midterm";
        await notifier.NotifyOrganizationAsync(award.OrganizationId, title, body, link, email: true, cancellationToken);
    }

    private Task<Award?> AwardAsync(Guid awardId, CancellationToken cancellationToken) =>
        db.Awards.Include(a => a.Tranches).SingleOrDefaultAsync(a => a.Id == awardId, cancellationToken);

    private Task<MidTermReport?> ReportAsync(Guid awardId, CancellationToken cancellationToken) =>
        db.MidTermReports.Include(r => r.History).SingleOrDefaultAsync(r => r.AwardId == awardId, cancellationToken);

    private async Task<StaffMidTermPage> PageAsync(Award award, MidTermReport? report, EvaluationForm form, CancellationToken cancellationToken)
    {
        var url = $"/{tenant.Association!.Identifier}/staff/awards/{award.Id}/midterm/files/";
        var files = report is null ? [] : await ProgressFiles.ListAsync(db, award.OrganizationId, report.AttachmentIds, id => url + id, cancellationToken);
        return new StaffMidTermPage(award, report, files, form);
    }
}
