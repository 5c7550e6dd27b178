using System.Security.Claims;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Organizations;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Applicant.Organization;

/// <summary>
/// 单位信息 and the organisation's users: every applicant of the organisation sees them and edits the profile; its
/// owner (who registered it) invites and removes users. Only the organisation of the claim gp:organization is reachable.
/// </summary>
[Area("Applicant")]
[Authorize(Roles = nameof(PortalRole.Applicant))]
public sealed class OrganizationController(
    PortalDbContext db, TenantContext tenant, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    private string Home => $"/{tenant.Association!.Identifier}/my/organization";

    private Guid? OrganizationId => Guid.TryParse(User.FindFirstValue(TenantRoleClaims.OrganizationClaim), out var id) ? id : null;

    private Guid UserId => User.UserId()!.Value;

    private Task<ApplicantOrganization?> OrganizationAsync(CancellationToken cancellationToken) =>
        OrganizationId is { } id
            ? db.Organizations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            : Task.FromResult<ApplicantOrganization?>(null);

    [HttpGet("/{tenant}/my/organization")]
    public async Task<IActionResult> Profile(CancellationToken cancellationToken)
    {
        var organization = await OrganizationAsync(cancellationToken);
        return organization is null ? NotFound() : View(new ProfilePage(organization, ProfileForm.From(organization)));
    }

    [HttpPost("/{tenant}/my/organization")]
    public async Task<IActionResult> Profile(ProfileForm form, CancellationToken cancellationToken)
    {
        var organization = await OrganizationAsync(cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }
        if (form.Revision != organization.Revision)
        {
            return Stale(organization, form);
        }
        if (!ModelState.IsValid)
        {
            return View(new ProfilePage(organization, form));
        }
        try
        {
            organization.UpdateProfile(form.ToProfile(), form.Revision, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException e) when (e.Code == "organization.invalid_profile")
        {
            ModelState.AddModelError("", l["单位信息不完整或有误，请核对后再保存"]);
            return View(new ProfilePage(organization, form));
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved by someone else between our read and our write: show what they saved, keep what was typed.
            db.ChangeTracker.Clear();
            var current = await OrganizationAsync(cancellationToken);
            return current is null ? NotFound() : Stale(current, form);
        }
        TempData["Notice"] = l["单位信息已保存"].Value;
        return LocalRedirect(Home);
    }

    private ViewResult Stale(ApplicantOrganization organization, ProfileForm form)
    {
        ModelState.Clear();
        ModelState.AddModelError("", l["单位信息已被他人修改：下方列出当前保存的内容，您填写的内容仍保留在表单中；核对后再次保存将覆盖当前内容"]);
        form.Revision = organization.Revision;
        return View("Profile", new ProfilePage(organization, form, organization.Profile()));
    }

    [HttpGet("/{tenant}/my/organization/members")]
    public async Task<IActionResult> Members(CancellationToken cancellationToken)
    {
        var organization = await OrganizationAsync(cancellationToken);
        return organization is null ? NotFound() : View(await MembersPageAsync(organization, new InviteForm(), null, cancellationToken));
    }

    [HttpPost("/{tenant}/my/organization/members")]
    public async Task<IActionResult> Members(InviteForm form, CancellationToken cancellationToken)
    {
        var organization = await OrganizationAsync(cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }
        if (!await IsOwnerAsync(organization.Id, cancellationToken))
        {
            return Forbid();
        }
        var email = form.Email.Trim();
        if (ModelState.IsValid)
        {
            var normalized = email.ToUpperInvariant();
            var applicant = await (
                from m in db.Memberships
                join u in db.Users on m.UserId equals u.Id
                where m.Role == PortalRole.Applicant && u.NormalizedEmail == normalized
                select m.OrganizationId).FirstOrDefaultAsync(cancellationToken);
            var now = time.GetUtcNow();
            if (applicant == organization.Id)
            {
                ModelState.AddModelError(nameof(form.Email), l["此人已是本单位的用户"]);
            }
            else if (applicant is not null)
            {
                ModelState.AddModelError(nameof(form.Email), l["此人已是本科协另一申报单位的用户；每人在一个科协只能属于一个申报单位"]);
            }
            else if ((await db.OrganizationInvitations.Where(i => i.OrganizationId == organization.Id && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
                         .Select(i => i.Email).ToListAsync(cancellationToken)).Any(e => string.Equals(e, email, StringComparison.OrdinalIgnoreCase)))
            {
                ModelState.AddModelError(nameof(form.Email), l["已向该邮箱发出邀请且尚未过期；如需重新邀请，请先撤销原邀请"]);
            }
        }
        if (!ModelState.IsValid)
        {
            return View(await MembersPageAsync(organization, form, null, cancellationToken));
        }
        var (invitation, token) = OrganizationInvitation.Create(tenant.TenantId!.Value, organization.Id, email, UserId, time.GetUtcNow());
        db.OrganizationInvitations.Add(invitation);
        var link = $"{Request.Scheme}://{Request.Host}/{tenant.Association!.Identifier}/invitations/{token}";
        // The invitation goes out by e-mail too, saved with it (the outbox sends it, or logs it where no SMTP server is configured).
        db.OutboxEmails.Add(new GrantPortal.Domain.Notifications.OutboxEmail(tenant.TenantId, email,
            $"{organization.Name}邀请您加入{tenant.Association.ShortName}项目申报平台",
            $"{organization.Name}邀请您作为本单位用户在{tenant.Association.Name}项目申报平台填写和提交申报书。\n请在 7 天内打开以下链接接受邀请：\n{link}\n如非本人操作，请忽略本邮件。",
            time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return View(await MembersPageAsync(organization, new InviteForm(), link, cancellationToken));
    }

    [HttpPost("/{tenant}/my/organization/members/{membershipId:guid}/remove")]
    public async Task<IActionResult> RemoveMember(Guid membershipId, CancellationToken cancellationToken)
    {
        var organization = await OrganizationAsync(cancellationToken);
        var membership = organization is null ? null : await db.Memberships.SingleOrDefaultAsync(
            m => m.Id == membershipId && m.OrganizationId == organization.Id && m.Role == PortalRole.Applicant, cancellationToken);
        if (membership is null)
        {
            return NotFound();
        }
        if (!await IsOwnerAsync(organization!.Id, cancellationToken))
        {
            return Forbid();
        }
        if (membership.UserId == UserId || membership.IsOrganizationOwner)
        {
            TempData["Error"] = l["不能移除单位管理员自己"].Value;
        }
        else
        {
            db.Memberships.Remove(membership);
            await db.SaveChangesAsync(cancellationToken);
            TempData["Notice"] = l["已将该用户移出本单位"].Value;
        }
        return LocalRedirect(Home + "/members");
    }

    [HttpPost("/{tenant}/my/organization/invitations/{invitationId:guid}/revoke")]
    public async Task<IActionResult> RevokeInvitation(Guid invitationId, CancellationToken cancellationToken)
    {
        var organization = await OrganizationAsync(cancellationToken);
        var invitation = organization is null ? null : await db.OrganizationInvitations.SingleOrDefaultAsync(
            i => i.Id == invitationId && i.OrganizationId == organization.Id, cancellationToken);
        if (invitation is null)
        {
            return NotFound();
        }
        if (!await IsOwnerAsync(organization!.Id, cancellationToken))
        {
            return Forbid();
        }
        if (invitation.StateAt(time.GetUtcNow()) == InvitationState.Pending)
        {
            invitation.Revoke(time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            TempData["Notice"] = l["已撤销邀请：{0}", invitation.Email].Value;
        }
        else
        {
            TempData["Error"] = l["该邀请已不能撤销（已接受、已撤销或已过期）"].Value;
        }
        return LocalRedirect(Home + "/members");
    }

    private Task<bool> IsOwnerAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var userId = UserId;
        return db.Memberships.AnyAsync(
            m => m.UserId == userId && m.OrganizationId == organizationId && m.Role == PortalRole.Applicant && m.IsOrganizationOwner, cancellationToken);
    }

    private async Task<MembersPage> MembersPageAsync(ApplicantOrganization organization, InviteForm form, string? newLink, CancellationToken cancellationToken)
    {
        var members = await (
            from m in db.Memberships.AsNoTracking()
            join u in db.Users on m.UserId equals u.Id
            where m.OrganizationId == organization.Id && m.Role == PortalRole.Applicant
            orderby m.IsOrganizationOwner descending, m.CreatedAt
            select new MemberRow(m.Id, u.Id, u.Email!, u.DisplayName, m.IsOrganizationOwner, m.CreatedAt))
            .ToListAsync(cancellationToken);
        var invitations = await db.OrganizationInvitations.AsNoTracking()
            .Where(i => i.OrganizationId == organization.Id && i.AcceptedAt == null)
            .OrderByDescending(i => i.CreatedAt)
            .ToListAsync(cancellationToken);
        var isOwner = await IsOwnerAsync(organization.Id, cancellationToken);
        return new MembersPage(organization, isOwner, UserId, members, invitations, time.GetUtcNow(), form, newLink);
    }
}
