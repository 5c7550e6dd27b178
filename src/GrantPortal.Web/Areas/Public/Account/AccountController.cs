using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Identity;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Public.Account;

/// <summary>
/// Sign in and out. Accounts are global; after signing in a person goes where they hold a role. Five failures (wrong
/// passwords or wrong second-factor codes) lock an account for 15 minutes; unknown addresses are answered exactly alike.
/// </summary>
[Area("Public")]
public sealed class AccountController(
    SignInManager<PortalUser> signIn, PortalUserManager users, PortalDbContext db, AssociationDirectory associations,
    TenantContext tenant, UnknownAccountAttempts unknownAccounts, IStringLocalizer<SharedResource> l) : Controller
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
        var email = form.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            var locked = unknownAccounts.LockoutRemaining(email) is { } wait ? wait
                : unknownAccounts.Failed(email, form.Password) ? unknownAccounts.LockoutRemaining(email) : null;
            ModelState.AddModelError("", locked is { } remaining ? LockedOutMessage(remaining) : l["邮箱或密码不正确"]);
            return View(form);
        }
        var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", LockedOutMessage(await users.LockoutRemainingAsync(user)));
            return View(form);
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(TwoFactor), new { returnUrl = Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : null });
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", l["邮箱或密码不正确"]);
            return View(form);
        }
        return await HomeAsync(user, form.ReturnUrl, cancellationToken);
    }

    /// <summary>The second step for people with an authenticator app: after the password, a code (or a recovery code).</summary>
    [HttpGet("/account/login/two-factor")]
    public async Task<IActionResult> TwoFactor(string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(Login), new { returnUrl });
        }
        return View(new TwoFactorLoginForm { ReturnUrl = returnUrl });
    }

    [HttpPost("/account/login/two-factor")]
    public async Task<IActionResult> TwoFactor(TwoFactorLoginForm form, CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            TempData["Error"] = l["登录已超时，请重新输入邮箱和密码"].Value;
            return RedirectToAction(nameof(Login), new { returnUrl = form.ReturnUrl });
        }
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        if (await users.IsLockedOutAsync(user))
        {
            ModelState.AddModelError(nameof(form.Code), LockedOutMessage(await users.LockoutRemainingAsync(user)));
            return View(form);
        }
        var code = TotpTokenProvider.Normalize(form.Code);
        Microsoft.AspNetCore.Identity.SignInResult result;
        if (code is not null)
        {
            result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        }
        else
        {
            result = await signIn.TwoFactorRecoveryCodeSignInAsync(form.Code);
            if (!result.Succeeded)
            {
                // Identity does not count wrong recovery codes; here they count like wrong passwords.
                await users.AccessFailedAsync(user);
            }
        }
        if (result.Succeeded)
        {
            return await HomeAsync(user, form.ReturnUrl, cancellationToken);
        }
        ModelState.AddModelError(nameof(form.Code), await users.IsLockedOutAsync(user)
            ? LockedOutMessage(await users.LockoutRemainingAsync(user))
            : l["验证码不正确或已使用过，请输入验证器中新的验证码"]);
        return View(new TwoFactorLoginForm { ReturnUrl = form.ReturnUrl });
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

    private string LockedOutMessage(TimeSpan? remaining) => LockoutMessage.For(l, remaining);

    private async Task<IActionResult> HomeAsync(PortalUser user, string? returnUrl, CancellationToken cancellationToken)
    {
        if (Url.IsLocalUrl(returnUrl))
        {
            return LocalRedirect(returnUrl);
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
}
