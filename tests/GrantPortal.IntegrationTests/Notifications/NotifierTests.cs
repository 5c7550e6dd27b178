using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Notifications;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Notifications;

/// <summary>
/// The Notifier adds a notification (and an outbox e-mail) to the caller's unit of work and never saves: both rows
/// appear with the caller's SaveChanges, and none when the business change fails.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class NotifierTests(PortalFactory factory)
{
    private Task<long> NotificationsTitledAsync(string title) => factory.CountAsync("SELECT count(*) FROM notifications WHERE title = $1", title);

    private Task<long> EmailsTitledAsync(string title) => factory.CountAsync("SELECT count(*) FROM outbox_emails WHERE subject = $1", title);

    [Fact]
    public async Task Notify_AddsNothingUntilSaveChanges_ThenBothRows()
    {
        var title = "申报已提交 " + Guid.NewGuid();
        var userId = await factory.UserIdAsync("xinjiang", "applicant");
        await using var scope = await factory.TenantScopeAsync("xinjiang");
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        await notifier.NotifyAsync(userId, title, "您的申报已提交。", "/xinjiang/notifications", email: true);

        Assert.Equal(0, await NotificationsTitledAsync(title));
        Assert.Equal(0, await EmailsTitledAsync(title));
        await db.SaveChangesAsync();
        Assert.Equal(1, await NotificationsTitledAsync(title));
        Assert.Equal(1, await EmailsTitledAsync(title));
        Assert.Equal("applicant@xinjiang.example.com", await factory.ScalarAsync("SELECT \"to\" FROM outbox_emails WHERE subject = $1", title));
        Assert.Equal(
            await factory.ScalarAsync("SELECT id FROM associations WHERE identifier = 'xinjiang'"),
            await factory.ScalarAsync("SELECT association_id FROM outbox_emails WHERE subject = $1", title));
    }

    [Fact]
    public async Task Notify_WithoutEmail_AddsNoEmail()
    {
        var title = "仅站内 " + Guid.NewGuid();
        await factory.NotifyAsync("xinjiang", "staff", title);

        Assert.Equal(1, await NotificationsTitledAsync(title));
        Assert.Equal(0, await EmailsTitledAsync(title));
    }

    [Fact]
    public async Task Notify_BusinessFailsBeforeSaveChanges_LeavesNothing()
    {
        var title = "不应出现 " + Guid.NewGuid();
        var userId = await factory.UserIdAsync("xinjiang", "applicant");

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var scope = await factory.TenantScopeAsync("xinjiang");
            await scope.ServiceProvider.GetRequiredService<Notifier>().NotifyAsync(userId, title, "", null, email: true);
            throw new InvalidOperationException("the submission was refused");
        });

        Assert.Equal(0, await NotificationsTitledAsync(title));
        Assert.Equal(0, await EmailsTitledAsync(title));
    }

    [Fact]
    public async Task Notify_BusinessSaveFails_NotificationIsNotSavedEither()
    {
        var title = "回滚 " + Guid.NewGuid();
        var userId = await factory.UserIdAsync("xinjiang", "applicant");
        await using var scope = await factory.TenantScopeAsync("xinjiang");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var existing = await db.Memberships.AsNoTracking().FirstAsync(m => m.UserId == userId);
        await scope.ServiceProvider.GetRequiredService<Notifier>().NotifyAsync(userId, title, "", null, email: true);
        // The business change: a second identical role, which the unique index refuses.
        db.Memberships.Add(new TenantMembership(existing.TenantId, userId, existing.Role, existing.OrganizationId, DateTimeOffset.UtcNow));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal(0, await NotificationsTitledAsync(title));
        Assert.Equal(0, await EmailsTitledAsync(title));
    }

    [Fact]
    public async Task NotifyOrganization_ReachesEveryApplicantOfTheOrganization()
    {
        var title = "单位通知 " + Guid.NewGuid();
        var userId = await factory.UserIdAsync("xinjiang", "applicant");
        var organizationId = (Guid)(await factory.ScalarAsync(
            "SELECT organization_id FROM tenant_memberships m JOIN associations a ON a.id = m.tenant_id WHERE a.identifier = 'xinjiang' AND m.user_id = $1 AND m.role = 'Applicant'", userId))!;
        var members = await factory.CountAsync("SELECT count(DISTINCT user_id) FROM tenant_memberships WHERE organization_id = $1", organizationId);
        await using var scope = await factory.TenantScopeAsync("xinjiang");

        var added = await scope.ServiceProvider.GetRequiredService<Notifier>().NotifyOrganizationAsync(organizationId, title, "", null, email: false);
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();

        Assert.Contains(added, n => n.UserId == userId);
        Assert.Equal(members, added.Count);
        Assert.Equal(members, await NotificationsTitledAsync(title));
    }
}
