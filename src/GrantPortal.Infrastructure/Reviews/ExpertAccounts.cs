using GrantPortal.Domain.Notifications;
using GrantPortal.Domain.Reviews;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Identity;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Reviews;

/// <summary>
/// Links an expert to the portal account they sign in with: an existing account (any association) gets the Reviewer
/// role here; otherwise an account without a password is created and an e-mail (through the outbox, saved with the
/// link) invites the expert to set one.
/// </summary>
public sealed class ExpertAccounts(PortalDbContext db, TenantContext tenant, UserManager<PortalUser> users, TimeProvider time)
{
    /// <summary>Links the (tracked) expert to the account of <paramref name="email"/>; <paramref name="welcomeUrl"/> makes the set-password address from the user's id and token.</summary>
    public async Task<ExpertAccountLink> LinkAsync(Expert expert, string email, Func<Guid, string, string> welcomeUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expert);
        ArgumentNullException.ThrowIfNull(welcomeUrl);
        email = email.Trim();
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("No association in this scope.");
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await users.FindByEmailAsync(email);
        var created = false;
        if (user is not null && await db.Experts.AnyAsync(e => e.UserId == user.Id && e.Id != expert.Id, cancellationToken))
        {
            return ExpertAccountLink.LinkedToAnother;
        }
        if (user is null)
        {
            user = PortalUser.Create(email, expert.Name, now, emailConfirmed: true);
            var result = await users.CreateAsync(user);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }
            created = true;
        }
        if (!await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.Role == PortalRole.Reviewer, cancellationToken))
        {
            db.Memberships.Add(new TenantMembership(tenantId, user.Id, PortalRole.Reviewer, null, now));
        }
        expert.LinkAccount(user.Id, email);
        if (created)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var association = tenant.Association!;
            db.OutboxEmails.Add(new OutboxEmail(tenantId, email,
                $"{association.ShortName}邀请您担任评审专家",
                $"{expert.Name}您好：\n{association.Name}已将您列入评审专家库。请在 3 天内打开以下链接设置登录密码，之后即可登录平台查看分配给您的评审任务：\n{welcomeUrl(user.Id, token)}\n如非本人，请忽略本邮件。",
                now));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return created ? ExpertAccountLink.NewAccountInvited : ExpertAccountLink.ExistingAccount;
    }
}
