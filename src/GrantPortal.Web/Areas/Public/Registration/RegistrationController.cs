using GrantPortal.Domain.Organizations;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Identity;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace GrantPortal.Web.Areas.Public.Registration;

/// <summary>
/// An applicant registers its organisation with this association, with its first user (or, when signed in,
/// the signed-in person becomes that organisation's user). Everything is saved together or not at all.
/// </summary>
[Area("Public")]
public sealed class RegistrationController(
    PortalDbContext db, TenantContext tenant, UserManager<PortalUser> users, SignInManager<PortalUser> signIn,
    TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("/{tenant}/register")]
    public IActionResult Register() => View(new RegisterForm());

    [HttpPost("/{tenant}/register")]
    public async Task<IActionResult> Register(RegisterForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        if (!UnifiedSocialCreditCode.TryParse(form.CreditCode, out var creditCode))
        {
            return View(form);
        }
        if (await db.Organizations.AnyAsync(o => o.CreditCode == creditCode!.Value, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.CreditCode), l["该统一社会信用代码已在本科协注册；如需加入该单位，请联系单位已有的用户"]);
        }
        var name = form.OrganizationName.Trim();
        if (await db.Organizations.AnyAsync(o => o.Name == name, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.OrganizationName), l["该单位名称已在本科协注册"]);
        }
        var signedIn = User.Identity?.IsAuthenticated == true ? await users.GetUserAsync(User) : null;
        if (signedIn is null && await users.FindByEmailAsync(form.Email.Trim()) is not null)
        {
            ModelState.AddModelError(nameof(form.Email), l["该邮箱已注册，请先登录，再为新单位注册"]);
        }
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = signedIn;
        if (user is null)
        {
            user = PortalUser.Create(form.Email, form.DisplayName, now);
            var created = await users.CreateAsync(user, form.Password);
            if (!created.Succeeded)
            {
                ModelState.AddIdentityErrors(created, nameof(form.Password), nameof(form.Email));
                return View(form);
            }
        }
        var organization = new ApplicantOrganization(
            tenant.TenantId!.Value, name, form.ApplicantType!.Value, creditCode!, form.ContactName, form.ContactPhone, form.ContactEmail, form.Address, now);
        db.Organizations.Add(organization);
        var membership = new TenantMembership(tenant.TenantId!.Value, user.Id, PortalRole.Applicant, organization.Id, now);
        membership.MarkOrganizationOwner();
        db.Memberships.Add(membership);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Someone registered the same organisation a moment ago: the unique index decides, nothing is kept.
            ModelState.AddModelError("", l["该单位刚刚已被注册，请核对后再试"]);
            return View(form);
        }
        if (signedIn is null)
        {
            await signIn.SignInAsync(user, isPersistent: false);
        }
        TempData["Notice"] = l["注册成功：{0} 已成为本科协的申报单位", organization.Name].Value;
        return LocalRedirect($"/{tenant.Association!.Identifier}");
    }
}
