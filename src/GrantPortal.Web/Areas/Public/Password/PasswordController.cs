using GrantPortal.Infrastructure.Identity;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Public.Password;

/// <summary>
/// 修改密码 for any signed-in person (accounts are global). The current password is checked like a sign-in, so wrong
/// ones count towards the lockout; the new one passes Identity's validators, the same rules as at registration. The
/// change renews the security stamp: the person's other sessions end at their next stamp check (one minute, see
/// Program.cs), while this one is signed in again with the new stamp.
/// </summary>
[Area("Public")]
[Authorize]
public sealed class PasswordController(
    PortalUserManager users, SignInManager<PortalUser> signIn, IStringLocalizer<SharedResource> l, ILogger<PasswordController> log) : Controller
{
    [HttpGet("/account/password")]
    public IActionResult Index()
    {
        Response.Headers.CacheControl = "no-store";
        return View(new ChangePasswordForm());
    }

    [HttpPost("/account/password")]
    public async Task<IActionResult> Index(ChangePasswordForm form)
    {
        Response.Headers.CacheControl = "no-store";
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (ModelState.IsValid)
        {
            var check = await signIn.CheckPasswordSignInAsync(user, form.CurrentPassword, lockoutOnFailure: true);
            if (check.IsLockedOut)
            {
                ModelState.AddModelError(nameof(form.CurrentPassword), LockoutMessage.For(l, await users.LockoutRemainingAsync(user)));
            }
            else if (!check.Succeeded)
            {
                ModelState.AddModelError(nameof(form.CurrentPassword), l["密码不正确"]);
            }
        }
        if (ModelState.IsValid)
        {
            var changed = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
            if (!changed.Succeeded)
            {
                ModelState.AddIdentityErrors(changed, nameof(form.NewPassword), nameof(form.NewPassword));
            }
        }
        if (!ModelState.IsValid)
        {
            return View(new ChangePasswordForm());
        }
        // No association owns an account, so there is no tenant's notification or audit table to write to: the log is the record.
        log.LogInformation("Password changed by user {UserId}; other sessions end at their next security-stamp check", user.Id);
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = l["密码已修改"].Value;
        return LocalRedirect("/account/password");
    }
}
