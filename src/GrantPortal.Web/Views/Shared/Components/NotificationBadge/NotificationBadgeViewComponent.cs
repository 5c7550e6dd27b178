using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Web.Views.Shared.Components.NotificationBadge;

/// <summary>
/// The header's link to 消息 with the unread count, for a person signed in with a role in the current association;
/// nothing otherwise. In the layout: <c>@await Component.InvokeAsync("NotificationBadge")</c>.
/// </summary>
public sealed class NotificationBadgeViewComponent(PortalDbContext db, TenantContext tenant) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (tenant.Association is not { } association
            || UserClaimsPrincipal.Identity?.IsAuthenticated != true
            || !Enum.GetNames<PortalRole>().Any(UserClaimsPrincipal.IsInRole)
            || UserClaimsPrincipal.UserId() is not { } me)
        {
            return Content("");
        }
        var unread = await db.Notifications.CountAsync(n => n.UserId == me && n.ReadAt == null, HttpContext.RequestAborted);
        return View(new NotificationBadgeModel(association.Identifier, unread));
    }
}
