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

namespace GrantPortal.Web.Areas.Staff.ChangeRequests;

/// <summary>
/// 变更审核 (staff): an award's change requests; approve or refuse the pending one with a comment. An approved timing
/// change moves the award's completion date. The applicant is told the decision.
/// </summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class ChangeRequestsController(PortalDbContext db, TenantContext tenant, TimeProvider time, Notifier notifier, IStringLocalizer<SharedResource> l, GrantPortal.Infrastructure.Files.IFileContentStore fileStore) : Controller
{
    private const string Base = "/{tenant}/staff/awards/{awardId:guid}/changes";

    [HttpGet(Base)]
    public async Task<IActionResult> Index(Guid awardId, CancellationToken cancellationToken)
    {
        var award = await AwardAsync(awardId, cancellationToken);
        return award is null ? NotFound() : View(new StaffChangesPage(await PageAsync(award, cancellationToken), new DecisionForm()));
    }

    [HttpPost(Base + "/{requestId:guid}/decide")]
    public async Task<IActionResult> Decide(Guid awardId, Guid requestId, DecisionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var award = await AwardAsync(awardId, cancellationToken);
        var request = award is null ? null : await db.ChangeRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.AwardId == awardId, cancellationToken);
        if (award is null || request is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), new StaffChangesPage(await PageAsync(award, cancellationToken), form));
        }
        var actor = new ProgressActor(User.UserId(), User.Identity?.Name ?? "?");
        try
        {
            if (form.Decision == "approve")
            {
                request.Approve(form.Comment, actor, time.GetUtcNow());
            }
            else
            {
                request.Refuse(form.Comment, actor, time.GetUtcNow());
            }
            var approved = request.Status == ChangeRequestStatus.Approved;
            var title = approved ? l["变更申请已批准：{0}", award.ProjectTitle].Value : l["变更申请不予批准：{0}", award.ProjectTitle].Value;
            var body = request.DecisionComment is { } comment ? title + "\n" + l["审核意见："] + comment : title;
            await notifier.NotifyOrganizationAsync(award.OrganizationId, title, body, $"/{tenant.Association!.Identifier}/my/awards/{award.Id}/changes", email: true, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            TempData["Notice"] = approved ? l["已批准第 {0} 号变更申请", request.Number].Value : l["已不予批准第 {0} 号变更申请", request.Number].Value;
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError("", ProgressMessages.Describe(refused, l));
            db.ChangeTracker.Clear();
            return View(nameof(Index), new StaffChangesPage(await PageAsync(award, cancellationToken), form));
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["该变更申请已处理或已撤回"]);
            db.ChangeTracker.Clear();
            return View(nameof(Index), new StaffChangesPage(await PageAsync(award, cancellationToken), form));
        }
        return LocalRedirect($"/{tenant.Association!.Identifier}/staff/awards/{awardId}/changes");
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

    private Task<Award?> AwardAsync(Guid awardId, CancellationToken cancellationToken) =>
        db.Awards.Include(a => a.Tranches).SingleOrDefaultAsync(a => a.Id == awardId, cancellationToken);

    private Task<ChangesPage> PageAsync(Award award, CancellationToken cancellationToken) =>
        ChangesLoader.PageAsync(db, award, (request, fileId) => $"/{tenant.Association!.Identifier}/staff/awards/{award.Id}/changes/{request.Id}/files/{fileId}", cancellationToken);
}
