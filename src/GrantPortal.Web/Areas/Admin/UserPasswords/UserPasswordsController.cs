using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Identity;
using GrantPortal.Infrastructure.Notifications;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Admin.UserPasswords;

/// <summary>
/// 重置密码: the way back for a person who lost their password (the portal sends no reset e-mails). An admin sets a new
/// one under the registration rules and tells it to the person by a safe channel; the reset renews the security stamp
/// (every session of that person ends), lifts a lockout, and notifies the person. Accounts are global, so an admin may
/// only reset people who hold roles in this association alone: one admin must not take over a role elsewhere.
/// </summary>
[Area("Admin")]
[Authorize(Roles = nameof(PortalRole.Admin))]
public sealed class UserPasswordsController(
    PortalDbContext db, TenantContext tenant, PortalUserManager users, Notifier notifier, IServiceScopeFactory scopes,
    IStringLocalizer<SharedResource> l, ILogger<UserPasswordsController> log) : Controller
{
    [HttpGet("/{tenant}/admin/users/{id:guid}/password")]
    public async Task<IActionResult> Reset(Guid id, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var page = await PageAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        return View(page);
    }

    [HttpPost("/{tenant}/admin/users/{id:guid}/password")]
    public async Task<IActionResult> Reset(Guid id, ResetPasswordForm form, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var page = await PageAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        var user = await users.FindByIdAsync(page.UserId.ToString());
        if (user is null)
        {
            return NotFound();
        }
        if (page.ElsewhereToo)
        {
            ModelState.AddModelError("", l["此人在其他科协也有角色，不能在此重置密码；请联系平台运维人员"]);
        }
        if (ModelState.IsValid)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, form.NewPassword);
            if (!reset.Succeeded)
            {
                ModelState.AddIdentityErrors(reset, nameof(form.NewPassword), nameof(form.NewPassword));
            }
        }
        if (!ModelState.IsValid)
        {
            return View(page);
        }
        // The person may have locked themselves out trying to remember it.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await notifier.NotifyAsync(user.Id, l["您的登录密码已被管理员重置"],
            l["本科协管理员已为您重置登录密码，新密码将由管理员另行告知。请登录后立即修改密码；如非本人申请，请与本科协联系。"],
            "/account/password", email: true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        log.LogInformation("Password of user {UserId} reset by admin {AdminId} in {Tenant}", user.Id, users.GetUserId(User), tenant.Association!.Identifier);
        TempData["Notice"] = l["已重置 {0} 的密码；请通过安全渠道告知本人，并请其登录后立即修改", page.Email].Value;
        return LocalRedirect($"/{tenant.Association!.Identifier}/admin/users");
    }

    private async Task<PasswordResetPage?> PageAsync(Guid membershipId, CancellationToken cancellationToken)
    {
        var person = await (
            from m in db.Memberships.AsNoTracking()
            join u in db.Users on m.UserId equals u.Id
            where m.Id == membershipId
            select new { m.UserId, Email = u.Email!, u.DisplayName })
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }
        return new PasswordResetPage(membershipId, person.UserId, person.Email, person.DisplayName,
            await HoldsRolesElsewhereAsync(person.UserId, cancellationToken));
    }

    /// <summary>
    /// The person's memberships in every association: row-level security shows them only to a connection acting for
    /// that person (as at sign-in), so they are read in a scope of their own that names the person and no association.
    /// </summary>
    private async Task<bool> HoldsRolesElsewhereAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetUser(userId);
        var theirs = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await theirs.Memberships.IgnoreQueryFilters([PortalDbContext.TenantFilter]).AsNoTracking()
            .AnyAsync(m => m.UserId == userId && m.TenantId != tenant.TenantId, cancellationToken);
    }
}
