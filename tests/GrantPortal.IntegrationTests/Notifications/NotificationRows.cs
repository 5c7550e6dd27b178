using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Notifications;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Notifications;

/// <summary>Notifications made the way the app makes them: a request-like scope of one association, its Notifier and DbContext.</summary>
internal static class NotificationRows
{
    public static async Task<Guid> UserIdAsync(this PortalFactory factory, string tenant, string role) =>
        (Guid)(await factory.ScalarAsync("SELECT id FROM users WHERE email = $1", DemoAccounts.Email(tenant, role)))!;

    /// <summary>A scope acting for <paramref name="tenant"/>, as a request to /{tenant}/… would.</summary>
    public static async Task<AsyncServiceScope> TenantScopeAsync(this PortalFactory factory, string tenant)
    {
        var scope = factory.Services.CreateAsyncScope();
        var association = await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant)
            ?? throw new InvalidOperationException($"no association {tenant}");
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        return scope;
    }

    /// <summary>Notifies the demo account of <paramref name="role"/> in <paramref name="tenant"/> and saves; returns the notification id.</summary>
    public static async Task<Guid> NotifyAsync(this PortalFactory factory, string tenant, string role, string title, string? link = null, bool email = false)
    {
        var userId = await factory.UserIdAsync(tenant, role);
        await using var scope = await factory.TenantScopeAsync(tenant);
        var notification = await scope.ServiceProvider.GetRequiredService<Notifier>().NotifyAsync(userId, title, "正文：" + title, link, email);
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
        return notification.Id;
    }
}
