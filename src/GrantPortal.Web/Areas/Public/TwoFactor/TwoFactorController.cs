using GrantPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace GrantPortal.Web.Areas.Public.TwoFactor;

/// <summary>
/// 两步验证 for any signed-in person (accounts are global): add the portal to an authenticator app by its QR code and
/// confirm one code; ten one-time recovery codes are shown once (stored hashed); new recovery codes or turning it off
/// need a current code (or, to turn it off, the password). Wrong codes and passwords count towards the lockout.
/// </summary>
[Area("Public")]
[Authorize]
public sealed class TwoFactorController(PortalUserManager users, SignInManager<PortalUser> signIn, IStringLocalizer<SharedResource> l) : Controller
{
    private const string Issuer = "GrantPortal";
    private const int RecoveryCodeCount = 10;

    [HttpGet("/account/two-factor")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        return View(await PageAsync(user));
    }

    [HttpPost("/account/two-factor/enable")]
    public async Task<IActionResult> Enable(EnableTwoFactorForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToAction(nameof(Index));
        }
        if (ModelState.IsValid && !(await signIn.CheckPasswordSignInAsync(user, form.Password, lockoutOnFailure: true)).Succeeded)
        {
            ModelState.AddModelError(nameof(form.Password), l["密码不正确"]);
        }
        if (ModelState.IsValid && !await VerifyCodeAsync(user, form.Code))
        {
            ModelState.AddModelError(nameof(form.Code), l["验证码不正确，请核对手机时间后输入验证器中新的验证码"]);
        }
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await PageAsync(user));
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await signIn.RefreshSignInAsync(user);
        return RecoveryCodes(codes, enabledNow: true);
    }

    [HttpPost("/account/two-factor/recovery-codes")]
    public async Task<IActionResult> NewRecoveryCodes(TwoFactorCodeForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToAction(nameof(Index));
        }
        if (ModelState.IsValid && !await VerifyCodeCountingFailuresAsync(user, form.Code))
        {
            ModelState.AddModelError(nameof(form.Code), l["验证码不正确或已使用过，请输入验证器中新的验证码"]);
        }
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await PageAsync(user));
        }
        return RecoveryCodes(await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount), enabledNow: false);
    }

    [HttpPost("/account/two-factor/disable")]
    public async Task<IActionResult> Disable(DisableTwoFactorForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToAction(nameof(Index));
        }
        if (ModelState.IsValid)
        {
            if (!string.IsNullOrEmpty(form.CurrentCode))
            {
                if (!await VerifyCodeCountingFailuresAsync(user, form.CurrentCode))
                {
                    ModelState.AddModelError(nameof(form.CurrentCode), l["验证码不正确或已使用过，请输入验证器中新的验证码"]);
                }
            }
            else if (!(await signIn.CheckPasswordSignInAsync(user, form.Password ?? "", lockoutOnFailure: true)).Succeeded)
            {
                ModelState.AddModelError(nameof(form.Password), l["密码不正确"]);
            }
        }
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await PageAsync(user));
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = l["两步验证已关闭；原有的恢复码已作废"].Value;
        return RedirectToAction(nameof(Index));
    }

    private ViewResult RecoveryCodes(IEnumerable<string>? codes, bool enabledNow)
    {
        Response.Headers.CacheControl = "no-store";
        ViewData["EnabledNow"] = enabledNow;
        return View(nameof(RecoveryCodes), (codes ?? []).ToList());
    }

    private Task<bool> VerifyCodeAsync(PortalUser user, string code) =>
        TotpTokenProvider.Normalize(code) is { } digits
            ? users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits)
            : Task.FromResult(false);

    private async Task<bool> VerifyCodeCountingFailuresAsync(PortalUser user, string code)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return false;
        }
        if (await VerifyCodeAsync(user, code))
        {
            return true;
        }
        await users.AccessFailedAsync(user);
        return false;
    }

    private async Task<TwoFactorPage> PageAsync(PortalUser user)
    {
        Response.Headers.CacheControl = "no-store";
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return new TwoFactorPage(true, null, null, await users.CountRecoveryCodesAsync(user));
        }
        var secret = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(secret))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            secret = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        var address = Totp.Uri(Issuer, user.Email ?? user.UserName ?? "", secret);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        var groups = string.Join(' ', secret.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        return new TwoFactorPage(false, groups, "data:image/png;base64," + Convert.ToBase64String(png), 0);
    }
}
