using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Identity;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Public.Account;

/// <summary>Sign in and out. Accounts are global; after signing in a person goes where they hold a role.</summary>
[Area("Public")]
public sealed class AccountController(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, PortalDbContext db, AssociationDirectory associations,
    TenantContext tenant, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("/account/login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("/account/login")]
    public async Task<IActionResult> Login(LoginForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is null)
        {
            ModelState.AddModelError("", l["邮箱或密码不正确"]);
            return View(form);
        }
        var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", l["登录失败次数过多，账户已暂时锁定，请 15 分钟后再试"]);
            return View(form);
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", l["邮箱或密码不正确"]);
            return View(form);
        }
        if (Url.IsLocalUrl(form.ReturnUrl))
        {
            return LocalRedirect(form.ReturnUrl);
        }
        tenant.SetUser(user.Id);
        var tenantIds = await db.Memberships.IgnoreQueryFilters([PortalDbContext.TenantFilter])
            .Where(m => m.UserId == user.Id).Select(m => m.TenantId).Distinct().ToListAsync(cancellationToken);
        if (tenantIds.Count == 1)
        {
            var home = (await associations.AllAsync(cancellationToken)).Values.Single(a => a.Id == tenantIds[0]);
            return LocalRedirect($"/{home.Identifier}");
        }
        return LocalRedirect("/");
    }

    [HttpPost("/account/logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("/account/denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}
