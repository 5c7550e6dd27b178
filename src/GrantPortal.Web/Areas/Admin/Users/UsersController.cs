using System.Security.Claims;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Identity;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Admin.Users;

/// <summary>The association's accounts: who holds which role here. Admins add staff, reviewers and admins.</summary>
[Area("Admin")]
[Authorize(Roles = nameof(PortalRole.Admin))]
public sealed class UsersController(
    PortalDbContext db, TenantContext tenant, UserManager<PortalUser> users, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("/{tenant}/admin/users")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var rows = await (
            from m in db.Memberships.AsNoTracking()
            join u in db.Users on m.UserId equals u.Id
            join o in db.Organizations on m.OrganizationId equals (Guid?)o.Id into organizations
            from o in organizations.DefaultIfEmpty()
            orderby m.Role, u.Email
            select new MembershipRow(m.Id, u.Email!, u.DisplayName, m.Role, o == null ? null : o.Name, m.CreatedAt, u.LockoutEnd, u.TwoFactorEnabled))
            .ToListAsync(cancellationToken);
        return View(new UsersViewModel(tenant.Association!, rows, time.GetUtcNow()));
    }

    [HttpGet("/{tenant}/admin/users/new")]
    public IActionResult New() => View(new NewUserForm());

    [HttpPost("/{tenant}/admin/users/new")]
    public async Task<IActionResult> New(NewUserForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        var email = form.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is null && string.IsNullOrEmpty(form.InitialPassword))
        {
            ModelState.AddModelError(nameof(form.InitialPassword), l["新账户需要设置初始密码"]);
            return View(form);
        }
        if (user is not null && await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.Role == form.Role, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Role), l["此人已拥有该角色"]);
            return View(form);
        }
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (user is null)
        {
            user = PortalUser.Create(email, form.DisplayName, now, emailConfirmed: true);
            var created = await users.CreateAsync(user, form.InitialPassword!);
            if (!created.Succeeded)
            {
                ModelState.AddIdentityErrors(created, nameof(form.InitialPassword), nameof(form.Email));
                return View(form);
            }
        }
        db.Memberships.Add(new TenantMembership(tenant.TenantId!.Value, user.Id, form.Role!.Value, null, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Notice"] = l["已授予 {0} {1} 角色", email, l[Display.Labels.Of(form.Role.Value)]].Value;
        return LocalRedirect($"/{tenant.Association!.Identifier}/admin/users");
    }

    [HttpGet("/{tenant}/admin/users/{id:guid}/remove")]
    public async Task<IActionResult> ConfirmRemove(Guid id, CancellationToken cancellationToken)
    {
        var row = await (
            from m in db.Memberships.AsNoTracking()
            join u in db.Users on m.UserId equals u.Id
            join o in db.Organizations on m.OrganizationId equals (Guid?)o.Id into organizations
            from o in organizations.DefaultIfEmpty()
            where m.Id == id
            select new MembershipRow(m.Id, u.Email!, u.DisplayName, m.Role, o == null ? null : o.Name, m.CreatedAt, u.LockoutEnd, u.TwoFactorEnabled))
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? NotFound() : View(row);
    }

    [HttpPost("/{tenant}/admin/users/{id:guid}/remove")]
    public async Task<IActionResult> Remove(Guid id, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (membership is null)
        {
            return NotFound();
        }
        if (membership.UserId.ToString() == User.FindFirstValue(ClaimTypes.NameIdentifier) && membership.Role == PortalRole.Admin)
        {
            TempData["Error"] = l["不能移除自己的管理员角色"].Value;
        }
        else
        {
            db.Memberships.Remove(membership);
            await db.SaveChangesAsync(cancellationToken);
            TempData["Notice"] = l["已移除该角色"].Value;
        }
        return LocalRedirect($"/{tenant.Association!.Identifier}/admin/users");
    }
}
