using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Files;
using GrantPortal.Domain.Progress;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Areas.Staff.Progress;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Applicant.MidTerm;

/// <summary>
/// 中期报告 (applicant): write the progress and spending report, attach files, save drafts, submit; revise and submit
/// again when staff return it. Every action looks the award up by id AND the user's organisation: another's answers 404.
/// </summary>
[Area("Applicant")]
[Authorize(Roles = "Applicant")]
public sealed class MidTermController(PortalDbContext db, TenantContext tenant, TimeProvider time, IStringLocalizer<SharedResource> l, GrantPortal.Infrastructure.Files.IFileContentStore fileStore) : Controller
{
    private const string Base = "/{tenant}/my/awards/{awardId:guid}/midterm";

    [HttpGet(Base)]
    public async Task<IActionResult> Index(Guid awardId, CancellationToken cancellationToken)
    {
        var award = await AwardAsync(awardId, cancellationToken);
        if (award is null)
        {
            return NotFound();
        }
        var report = await ReportAsync(awardId, cancellationToken);
        return View(await PageAsync(award, report, report?.Progress ?? "", report?.Spending ?? "", report?.Revision ?? 0, null, cancellationToken));
    }

    /// <summary>保存草稿 or 提交. A refused submission saves nothing: the page shows the typed text and why.</summary>
    [HttpPost(Base)]
    public async Task<IActionResult> Save(Guid awardId, MidTermForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var award = await AwardAsync(awardId, cancellationToken);
        if (award is null)
        {
            return NotFound();
        }
        var report = await ReportAsync(awardId, cancellationToken);
        var now = time.GetUtcNow();
        var submit = form.Intent == "submit";
        try
        {
            var isNew = report is null;
            report ??= MidTermReport.Start(award, now);
            var revision = isNew ? report.Revision : form.Revision;
            report.SaveDraft(form.Progress, form.Spending, revision, now);
            if (submit)
            {
                report.Submit(award, Actor, now);
            }
            if (isNew)
            {
                db.MidTermReports.Add(report);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException refused)
        {
            var error = ProgressMessages.Describe(refused, l);
            ModelState.AddModelError(refused.Code == "midterm.spending_required" ? nameof(form.Spending) : refused.Code.StartsWith("midterm.progress", StringComparison.Ordinal) ? nameof(form.Progress) : "", error);
            var current = await FreshReportAsync(awardId, cancellationToken);
            return View(nameof(Index), await PageAsync(award, current, form.Progress ?? "", form.Spending ?? "", current?.Revision ?? 0, error, cancellationToken));
        }
        catch (DbUpdateException)
        {
            var current = await FreshReportAsync(awardId, cancellationToken);
            var error = l["此页面打开后已有其他人修改，请重新载入"];
            ModelState.AddModelError("", error);
            return View(nameof(Index), await PageAsync(award, current, form.Progress ?? "", form.Spending ?? "", current?.Revision ?? 0, error, cancellationToken));
        }
        TempData["Notice"] = submit ? l["中期报告已提交，请等待评估"].Value : l["已保存草稿"].Value;
        return LocalRedirect(PageUrl(awardId));
    }

    /// <summary>上传附件 to the report (a draft is started if there is none).</summary>
    [HttpPost(Base + "/files")]
    [RequestSizeLimit(ProgressUploads.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = ProgressUploads.RequestLimit)]
    public async Task<IActionResult> Upload(Guid awardId, IFormFile? file, CancellationToken cancellationToken)
    {
        var award = await AwardAsync(awardId, cancellationToken);
        if (award is null)
        {
            return NotFound();
        }
        var report = await ReportAsync(awardId, cancellationToken);
        var (content, contentType, error) = await ProgressUploads.ReadAsync(file, l, cancellationToken);
        if (error is null)
        {
            var now = time.GetUtcNow();
            try
            {
                var isNew = report is null;
                report ??= MidTermReport.Start(award, now);
                var stored = new StoredFile(award.TenantId, award.OrganizationId, file!.FileName, contentType!, content!, User.UserId(), now);
                report.AddAttachment(stored.Id, now);
                await fileStore.PutAsync(stored, content!, cancellationToken);
                db.StoredFiles.Add(stored);
                if (isNew)
                {
                    db.MidTermReports.Add(report);
                }
                await db.SaveChangesAsync(cancellationToken);
                TempData["Notice"] = l["已上传：{0}", stored.OriginalName].Value;
                return LocalRedirect(PageUrl(awardId) + "#attachments");
            }
            catch (DomainException refused)
            {
                error = ProgressMessages.Describe(refused, l);
            }
            catch (DbUpdateException)
            {
                error = l["此页面打开后已有其他人修改，请重新载入"];
            }
        }
        ModelState.AddModelError("file", error);
        var current = await FreshReportAsync(awardId, cancellationToken);
        return View(nameof(Index), await PageAsync(award, current, current?.Progress ?? "", current?.Spending ?? "", current?.Revision ?? 0, error, cancellationToken));
    }

    [HttpPost(Base + "/files/{fileId:guid}/remove")]
    public async Task<IActionResult> Remove(Guid awardId, Guid fileId, CancellationToken cancellationToken)
    {
        var award = await AwardAsync(awardId, cancellationToken);
        var report = award is null ? null : await ReportAsync(awardId, cancellationToken);
        if (report is null || !report.AttachmentIds.Contains(fileId))
        {
            return NotFound();
        }
        try
        {
            report.RemoveAttachment(fileId, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            TempData["Notice"] = l["已删除附件"].Value;
        }
        catch (DomainException refused)
        {
            TempData["Notice"] = ProgressMessages.Describe(refused, l);
        }
        catch (DbUpdateException)
        {
            TempData["Notice"] = l["此页面打开后已有其他人修改，请重新载入"].Value;
        }
        return LocalRedirect(PageUrl(awardId) + "#attachments");
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

    private ProgressActor Actor => new(User.UserId(), User.Identity?.Name ?? "?");

    private string PageUrl(Guid awardId) => $"/{tenant.Association!.Identifier}/my/awards/{awardId}/midterm";

    private async Task<Award?> AwardAsync(Guid awardId, CancellationToken cancellationToken)
    {
        var organizationId = User.OrganizationId();
        return organizationId is null ? null : await db.Awards.Include(a => a.Tranches)
            .SingleOrDefaultAsync(a => a.Id == awardId && a.OrganizationId == organizationId, cancellationToken);
    }

    private Task<MidTermReport?> ReportAsync(Guid awardId, CancellationToken cancellationToken) =>
        db.MidTermReports.Include(r => r.History).SingleOrDefaultAsync(r => r.AwardId == awardId, cancellationToken);

    /// <summary>The report as saved, after a refused change (the tracked one may hold what was refused).</summary>
    private async Task<MidTermReport?> FreshReportAsync(Guid awardId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.MidTermReports.AsNoTracking().Include(r => r.History).SingleOrDefaultAsync(r => r.AwardId == awardId, cancellationToken);
    }

    private async Task<MidTermPage> PageAsync(Award award, MidTermReport? report, string progress, string spending, int revision, string? error, CancellationToken cancellationToken)
    {
        var files = report is null ? [] : await ProgressFiles.ListAsync(db, award.OrganizationId, report.AttachmentIds, id => $"{PageUrl(award.Id)}/files/{id}", cancellationToken);
        return new MidTermPage(award, report, files, progress, spending, revision, error);
    }
}
