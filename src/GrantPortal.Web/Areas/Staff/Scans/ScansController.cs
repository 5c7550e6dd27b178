using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Documents;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Documents.Scans;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Scans;

/// <summary>
/// 扫描件核对: staff see an application's sealed scan (the image inline, a PDF to open), its status and why, confirm
/// it against the image (a typed code, or nothing readable) or mark it mismatched with a reason; and the scans of a
/// whole call with their status, filtered.
/// </summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class ScansController(PortalDbContext db, TenantContext tenant, SealedScanStatus statuses, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("/{tenant}/staff/applications/{id:guid}/scan")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken)
    {
        var page = await PageAsync(id, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("/{tenant}/staff/applications/{id:guid}/scan/confirm")]
    public async Task<IActionResult> Confirm(Guid id, Guid scanId, CancellationToken cancellationToken)
    {
        var (application, scan) = await LoadAsync(id, scanId, cancellationToken);
        if (application is null)
        {
            return NotFound();
        }
        if (scan is null)
        {
            return await RefuseAsync(id, l["有新上传的扫描件，请核对最新的一份"], null, null, cancellationToken);
        }
        try
        {
            scan.Confirm(application.Submissions, User.UserId(), time.GetUtcNow());
        }
        catch (DomainException)
        {
            return await RefuseAsync(id, l["只能确认待核对的扫描件，且其校验码须为最新版本"], null, null, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = l["已确认扫描件与最新版本一致"].Value;
        return LocalRedirect(ScanUrl(id));
    }

    [HttpPost("/{tenant}/staff/applications/{id:guid}/scan/reject")]
    public async Task<IActionResult> Reject(Guid id, Guid scanId, string? reason, CancellationToken cancellationToken)
    {
        var (application, scan) = await LoadAsync(id, scanId, cancellationToken);
        if (application is null)
        {
            return NotFound();
        }
        if (scan is null)
        {
            return await RefuseAsync(id, l["有新上传的扫描件，请核对最新的一份"], null, reason, cancellationToken);
        }
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 1000)
        {
            return await RefuseAsync(id, null, string.IsNullOrWhiteSpace(reason) ? l["请填写原因"] : l["原因不能超过 {0} 个字", 1000], reason, cancellationToken);
        }
        scan.Reject(reason, User.UserId(), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = l["已标记为不一致"].Value;
        return LocalRedirect(ScanUrl(id));
    }

    /// <summary>The scan file: an image inline (for the page's img), a PDF as a download.</summary>
    [HttpGet("/{tenant}/staff/applications/{applicationId:guid}/scans/{scanId:guid}")]
    public async Task<IActionResult> File(Guid applicationId, Guid scanId, bool download, [FromServices] GrantPortal.Infrastructure.Files.IFileContentStore files, CancellationToken cancellationToken)
    {
        var scan = await db.SealedScans.AsNoTracking().SingleOrDefaultAsync(s => s.Id == scanId && s.ApplicationId == applicationId, cancellationToken);
        var file = scan is null ? null : await db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == scan.FileId, cancellationToken);
        var content = file is null ? null : await files.GetAsync(file, cancellationToken);
        return content is null ? NotFound() : ScanFile.Result(this, file!, content, inline: !download);
    }

    [HttpGet("/{tenant}/staff/calls/{id:guid}/scans")]
    public async Task<IActionResult> Call(Guid id, string? status, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        var applications = await (
            from a in db.Applications.AsNoTracking()
            join o in db.Organizations on a.OrganizationId equals o.Id
            join g in db.Categories on a.CategoryId equals g.Id
            where a.CallId == id && a.Number != null && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn
            orderby g.Code, a.Number
            select new { a.Id, a.Number, a.Title, o.Name, g.Code })
            .ToListAsync(cancellationToken);
        var checks = await statuses.ForApplicationsAsync(applications.Select(a => a.Id).ToList(), cancellationToken);
        var all = applications.Select(a => new CallScanRow(a.Id, a.Number!, a.Title, a.Name, a.Code, checks[a.Id])).ToList();
        ScanCheckStatus? filter = Enum.TryParse<ScanCheckStatus>(status, ignoreCase: true, out var parsed) ? parsed : null;
        var counts = Enum.GetValues<ScanCheckStatus>().ToDictionary(s => s, s => all.Count(r => r.Check.Status == s));
        return View(new CallScansPage(call, filter is null ? all : all.Where(r => r.Check.Status == filter).ToList(), filter, counts));
    }

    private string ScanUrl(Guid id) => $"/{tenant.Association!.Identifier}/staff/applications/{id}/scan";

    /// <summary>The application (with submissions) and, tracked, its LATEST scan if that is <paramref name="scanId"/>.</summary>
    private async Task<(GrantApplication? Application, SealedScan? Scan)> LoadAsync(Guid id, Guid scanId, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Submissions).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return (null, null);
        }
        var latest = await db.SealedScans.Where(s => s.ApplicationId == id)
            .OrderByDescending(s => s.UploadedAt).ThenByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        return (application, latest?.Id == scanId ? latest : null);
    }

    private async Task<IActionResult> RefuseAsync(Guid id, string? actionError, string? reasonError, string? reason, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var page = (await PageAsync(id, cancellationToken))! with { ActionError = actionError, ReasonError = reasonError, Reason = reason };
        if (reasonError is not null)
        {
            ModelState.AddModelError("Reason", reasonError);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Index), page);
    }

    private async Task<StaffScanPage?> PageAsync(Guid id, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Submissions).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return null;
        }
        var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == application.CallId, cancellationToken);
        var category = await db.Categories.AsNoTracking().SingleAsync(c => c.Id == application.CategoryId, cancellationToken);
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == application.OrganizationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var scans = await (
            from s in db.SealedScans.AsNoTracking()
            join f in db.StoredFiles on s.FileId equals f.Id
            where s.ApplicationId == id
            orderby s.UploadedAt descending, s.Id descending
            select new { Scan = s, f.OriginalName, f.ContentType, f.Size })
            .ToListAsync(cancellationToken);
        var rows = scans.Select(s => new StaffScanRow(s.Scan, s.OriginalName, s.ContentType, s.Size, ScanMatch.Evaluate(s.Scan, application.Submissions))).ToList();
        var people = rows.SelectMany(r => new[] { r.Scan.UploadedBy, r.Scan.ConfirmedBy, r.Scan.RejectedBy }).OfType<Guid>().Distinct().ToList();
        var names = people.Count == 0 ? new Dictionary<Guid, string>() : await db.Users.AsNoTracking()
            .Where(u => people.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName + "（" + u.Email + "）" : u.Email ?? "", cancellationToken);
        var current = await statuses.ForApplicationAsync(id, cancellationToken);
        return new StaffScanPage(application, call, category, organization, current, rows.FirstOrDefault(), rows, names);
    }
}
