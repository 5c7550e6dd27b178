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

namespace GrantPortal.Web.Areas.Applicant.ChangeRequests;

/// <summary>
/// 变更申请 (applicant): the award's requests with their decisions, a new request (one pending at a time), withdrawing a
/// pending one. Every action looks the award up by id AND the user's organisation: another's answers 404.
/// </summary>
[Area("Applicant")]
[Authorize(Roles = "Applicant")]
public sealed class ChangeRequestsController(PortalDbContext db, TenantContext tenant, TimeProvider time, IStringLocalizer<SharedResource> l, GrantPortal.Infrastructure.Files.IFileContentStore fileStore) : Controller
{
    private const string Base = "/{tenant}/my/awards/{awardId:guid}/changes";

    [HttpGet(Base)]
    public async Task<IActionResult> Index(Guid awardId, CancellationToken cancellationToken)
    {
        var award = await AwardAsync(awardId, cancellationToken);
        return award is null ? NotFound() : View(await PageAsync(award, cancellationToken));
    }

    [HttpGet(Base + "/new")]
    public async Task<IActionResult> New(Guid awardId, CancellationToken cancellationToken)
    {
        var award = await AwardAsync(awardId, cancellationToken);
        return award is null ? NotFound() : View(new NewChangePage(await PageAsync(award, cancellationToken), new ChangeRequestForm()));
    }

    [HttpPost(Base + "/new")]
    [RequestSizeLimit(ProgressUploads.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = ProgressUploads.RequestLimit)]
    public async Task<IActionResult> Create(Guid awardId, ChangeRequestForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var award = await AwardAsync(awardId, cancellationToken);
        if (award is null)
        {
            return NotFound();
        }
        StoredFile? stored = null;
        byte[]? storedContent = null;
        var now = time.GetUtcNow();
        if (form.File is { Length: > 0 } && ModelState.IsValid)
        {
            var (content, contentType, error) = await ProgressUploads.ReadAsync(form.File, l, cancellationToken);
            if (error is not null)
            {
                ModelState.AddModelError(nameof(form.File), error);
            }
            else
            {
                stored = new StoredFile(award.TenantId, award.OrganizationId, form.File.FileName, contentType!, content!, User.UserId(), now);
                storedContent = content;
            }
        }
        if (!ModelState.IsValid)
        {
            return View(nameof(New), new NewChangePage(await PageAsync(award, cancellationToken), form));
        }
        try
        {
            var existing = await db.ChangeRequests.Where(r => r.AwardId == awardId).ToListAsync(cancellationToken);
            var request = ChangeRequest.Submit(award, existing, form.Kind!.Value, form.From, form.To, form.NewCompletionDate, form.Reason,
                stored is null ? [] : [stored.Id], new ProgressActor(User.UserId(), User.Identity?.Name ?? "?"), now);
            if (stored is not null)
            {
                await fileStore.PutAsync(stored, storedContent!, cancellationToken);
                db.StoredFiles.Add(stored);
            }
            db.ChangeRequests.Add(request);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError(refused.Code switch
            {
                "change.date_required" or "change.date_past" => nameof(form.NewCompletionDate),
                "change.to_required" => nameof(form.To),
                "change.reason_required" => nameof(form.Reason),
                _ => "",
            }, ProgressMessages.Describe(refused, l));
            db.ChangeTracker.Clear();
            return View(nameof(New), new NewChangePage(await PageAsync(award, cancellationToken), form));
        }
        catch (DbUpdateException)
        {
            // The one-pending index: another person of the organisation submitted at the same moment.
            ModelState.AddModelError("", l["已有一项待审核的变更申请：请等待审核结果或先撤回"]);
            db.ChangeTracker.Clear();
            return View(nameof(New), new NewChangePage(await PageAsync(award, cancellationToken), form));
        }
        TempData["Notice"] = l["变更申请已提交，请等待审核"].Value;
        return LocalRedirect(PageUrl(awardId));
    }

    [HttpPost(Base + "/{requestId:guid}/withdraw")]
    public async Task<IActionResult> Withdraw(Guid awardId, Guid requestId, CancellationToken cancellationToken)
    {
        var award = await AwardAsync(awardId, cancellationToken);
        var request = award is null ? null : await db.ChangeRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.AwardId == awardId, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }
        try
        {
            request.Withdraw(new ProgressActor(User.UserId(), User.Identity?.Name ?? "?"), time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            TempData["Notice"] = l["变更申请已撤回"].Value;
        }
        catch (DomainException refused)
        {
            TempData["Notice"] = ProgressMessages.Describe(refused, l);
        }
        return LocalRedirect(PageUrl(awardId));
    }

    [HttpGet(Base + "/{requestId:guid}/files/{fileId:guid}")]
    public async Task<IActionResult> Download(Guid awardId, Guid requestId, Guid fileId, CancellationToken cancellationToken)
    {
        var award = await AwardAsync(awardId, cancellationToken);
        var request = award is null ? null : await db.ChangeRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId && r.AwardId == awardId, cancellationToken);
        if (request is null || !request.AttachmentIds.Contains(fileId))
        {
            return NotFound();
        }
        return await StoredFileDownload.SendAsync(this, db, fileStore, fileId, award!.OrganizationId, cancellationToken);
    }

    private string PageUrl(Guid awardId) => $"/{tenant.Association!.Identifier}/my/awards/{awardId}/changes";

    private async Task<Award?> AwardAsync(Guid awardId, CancellationToken cancellationToken)
    {
        var organizationId = User.OrganizationId();
        return organizationId is null ? null : await db.Awards.Include(a => a.Tranches)
            .SingleOrDefaultAsync(a => a.Id == awardId && a.OrganizationId == organizationId, cancellationToken);
    }

    private Task<ChangesPage> PageAsync(Award award, CancellationToken cancellationToken) =>
        ChangesLoader.PageAsync(db, award, (request, fileId) => $"{PageUrl(award.Id)}/{request.Id}/files/{fileId}", cancellationToken);
}
