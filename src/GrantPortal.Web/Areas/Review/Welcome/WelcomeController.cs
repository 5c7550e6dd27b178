using GrantPortal.Infrastructure.Identity;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Review.Welcome;

/// <summary>The link of an expert's invitation: sets the password of the account created for them, then they sign in.</summary>
[Area("Review")]
[AllowAnonymous]
public sealed class WelcomeController(UserManager<PortalUser> users, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("/{tenant}/review/welcome")]
    public IActionResult Show(Guid user, string? token) => View(new WelcomeForm { User = user, Token = token ?? "" });

    [HttpPost("/{tenant}/review/welcome")]
    public async Task<IActionResult> Show(WelcomeForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        var user = await users.FindByIdAsync(form.User.ToString());
        if (user is null || await users.HasPasswordAsync(user))
        {
            ModelState.AddModelError("", l["邀请链接无效或已使用，请联系工作人员重新发送"]);
            return View(form);
        }
        var result = await users.ResetPasswordAsync(user, form.Token, form.Password);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, nameof(form.Password), nameof(form.Password));
            return View(form);
        }
        TempData["Notice"] = l["密码已设置，请登录"].Value;
        return LocalRedirect("/account/login");
    }
}
