using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Common;
using GrantPortal.Infrastructure.Awards;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Money;

/// <summary>Changes to awards made behind the pages (milestones met by other parts, payments recorded through the service).</summary>
internal static class MoneyTestSupport
{
    public static string Today => BeijingTime.Today(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Voucher() => "JZ-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    public static async Task WithAwardsAsync(PortalFactory factory, string tenant, Func<AwardPayments, PortalDbContext, Task> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        await action(scope.ServiceProvider.GetRequiredService<AwardPayments>(), scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public static Task PayAsync(PortalFactory factory, string tenant, Guid awardId, int number, string voucher) =>
        WithAwardsAsync(factory, tenant, async (payments, _) =>
        {
            var award = (await payments.LoadAsync(awardId, default))!;
            var outcome = await payments.PayAsync(awardId, number, BeijingTime.Today(DateTimeOffset.UtcNow), voucher, award.Version, null, "财务", null, default);
            Assert.Equal(PaymentStatus.Done, outcome.Status);
        });

    public static Task MeetAsync(PortalFactory factory, string tenant, Guid awardId, Domain.Calls.DisbursementMilestone milestone) =>
        WithAwardsAsync(factory, tenant, async (payments, db) =>
        {
            var award = (await payments.LoadAsync(awardId, default))!;
            award.MeetMilestone(milestone, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });

    public static Dictionary<string, string> Payment(int number, int version, string paidOn, string voucher, long? openedAt = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Number"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PaidOn"] = paidOn,
            ["VoucherNumber"] = voucher,
        };
        if (openedAt is { } ticks)
        {
            fields["OpenedAt"] = ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return fields;
    }

    public static TrancheStatus StatusOf(Award award, int number) => award.Tranches.Single(t => t.Number == number).Status;
}
