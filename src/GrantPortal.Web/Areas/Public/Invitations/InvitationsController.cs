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

namespace GrantPortal.Web.Areas.Public.Invitations;

/// <summary>
/// The link an organisation's owner sends: the invited person joins the organisation as an applicant, signing in
/// first if the e-mail has an account, or creating the account here (account, membership and acceptance in one
/// transaction). Unknown tokens are 404; expired, revoked or used ones say so.
/// </summary>
[Area("Public")]
public sealed class InvitationsController(
    PortalDbContext db, TenantContext tenant, UserManager<PortalUser> users, SignInManager<PortalUser> signIn,
    TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("/{tenant}/invitations/{token}")]
    public async Task<IActionResult> Show(string token, CancellationToken cancellationToken)
    {
        var page = await PageAsync(token, new AcceptInvitationForm(), cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("/{tenant}/invitations/{token}")]
    public async Task<IActionResult> Accept(string token, AcceptInvitationForm form, CancellationToken cancellationToken)
    {
        var page = await PageAsync(token, form, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        var now = time.GetUtcNow();
        var invitation = page.Invitation;
        switch (page.Situation)
        {
            case InvitationSituation.Accept:
            {
                ModelState.Clear();
                var userId = User.UserId()!.Value;
                invitation.Accept(userId, now);
                db.Memberships.Add(new TenantMembership(invitation.TenantId, userId, PortalRole.Applicant, invitation.OrganizationId, now));
                if (!await SavedAsync(cancellationToken))
                {
                    return View("Show", page);
                }
                break;
            }
            case InvitationSituation.CreateAccount:
            {
                if (!ModelState.IsValid)
                {
                    return View("Show", page);
                }
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var user = PortalUser.Create(invitation.Email, form.DisplayName, now, emailConfirmed: true);
                var created = await users.CreateAsync(user, form.Password);
                if (!created.Succeeded)
                {
                    ModelState.AddIdentityErrors(created, nameof(form.Password), nameof(form.DisplayName));
                    return View("Show", page);
                }
                invitation.Accept(user.Id, now);
                db.Memberships.Add(new TenantMembership(invitation.TenantId, user.Id, PortalRole.Applicant, invitation.OrganizationId, now));
                if (!await SavedAsync(cancellationToken))
                {
                    return View("Show", page);
                }
                await transaction.CommitAsync(cancellationToken);
                await signIn.SignInAsync(user, isPersistent: false);
                break;
            }
            default:
                ModelState.Clear();
                return View("Show", page);
        }
        TempData["Notice"] = l["您已加入 {0}", page.OrganizationName].Value;
        return LocalRedirect($"/{tenant.Association!.Identifier}/my/organization");
    }

    private async Task<bool> SavedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Accepted twice at once, or the account was created a moment ago: nothing is kept.
            ModelState.AddModelError("", l["接受邀请未成功：该邮箱刚刚已注册或已加入申报单位，请刷新页面后再试"]);
            return false;
        }
    }

    private async Task<InvitationPage?> PageAsync(string token, AcceptInvitationForm form, CancellationToken cancellationToken)
    {
        var hash = OrganizationInvitation.HashOf(token);
        var invitation = await db.OrganizationInvitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null)
        {
            return null;
        }
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == invitation.OrganizationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var state = invitation.StateAt(time.GetUtcNow());
        InvitationSituation situation;
        if (state != InvitationState.Pending)
        {
            situation = InvitationSituation.Unusable;
        }
        else if (User.Identity?.IsAuthenticated == true)
        {
            var user = await users.GetUserAsync(User);
            situation = user is null || !invitation.IsFor(user.Email ?? "") ? InvitationSituation.OtherPerson
                : await IsApplicantHereAsync(user.Id, cancellationToken) ? InvitationSituation.AlreadyApplicant
                : InvitationSituation.Accept;
        }
        else
        {
            var user = await users.FindByEmailAsync(invitation.Email);
            situation = user is null ? InvitationSituation.CreateAccount
                : await IsApplicantHereAsync(user.Id, cancellationToken) ? InvitationSituation.AlreadyApplicant
                : InvitationSituation.SignIn;
        }
        return new InvitationPage(token, invitation, organization, state, situation, form);
    }

    private Task<bool> IsApplicantHereAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Memberships.AnyAsync(m => m.UserId == userId && m.Role == PortalRole.Applicant, cancellationToken);
}
