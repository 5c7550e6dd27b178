using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Public.Notifications;

/// <summary>
/// 消息: a person's notifications in this association, newest first; marking read one or all. Every role has them,
/// and each person sees only their own (looked up by id AND person: anyone else's id is a 404).
/// The association's e-mail outbox is here too, for its admins.
/// </summary>
[Area("Public")]
[Authorize(Roles = AnyRole)]
public sealed class NotificationsController(PortalDbContext db, TenantContext tenant, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    public const string AnyRole = nameof(PortalRole.Applicant) + "," + nameof(PortalRole.Staff) + "," + nameof(PortalRole.Reviewer) + "," + nameof(PortalRole.Admin);
    private const int PageSize = 200;

    [HttpGet("/{tenant}/notifications")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var me = Me();
        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == me)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        var unread = await db.Notifications.CountAsync(n => n.UserId == me && n.ReadAt == null, cancellationToken);
        return View(new NotificationsPage(tenant.Association!.Identifier, rows, unread));
    }

    /// <summary>The header badge alone, for a script that refreshes it.</summary>
    [HttpGet("/{tenant}/notifications/badge")]
    public IActionResult Badge() => ViewComponent("NotificationBadge");

    /// <summary>Marks one read; with open=1, goes on to the page it links to.</summary>
    [HttpPost("/{tenant}/notifications/{id:guid}/read")]
    public async Task<IActionResult> Read(Guid id, [FromForm] string? open, CancellationToken cancellationToken)
    {
        var me = Me();
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == me, cancellationToken);
        if (notification is null)
        {
            return NotFound();
        }
        notification.MarkRead(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return open == "1" && notification.Link is { } link && Url.IsLocalUrl(link)
            ? LocalRedirect(link)
            : LocalRedirect($"/{tenant.Association!.Identifier}/notifications#n-{notification.Id}");
    }

    [HttpPost("/{tenant}/notifications/read-all")]
    public async Task<IActionResult> ReadAll(CancellationToken cancellationToken)
    {
        var me = Me();
        var now = time.GetUtcNow();
        var count = await db.Notifications
            .Where(n => n.UserId == me && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        TempData["Notice"] = l["已将 {0} 条消息标为已读", count].Value;
        return LocalRedirect($"/{tenant.Association!.Identifier}/notifications");
    }

    /// <summary>邮件发件箱: what the association's e-mails became (sent, logged, retrying, failed).</summary>
    [HttpGet("/{tenant}/admin/outbox")]
    [Authorize(Roles = nameof(PortalRole.Admin))]
    public async Task<IActionResult> Outbox(CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId;
        var rows = await db.OutboxEmails.AsNoTracking()
            .Where(e => e.AssociationId == tenantId)
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        return View(new OutboxPage(tenant.Association!, rows));
    }

    private Guid Me() => User.UserId()!.Value;
}
