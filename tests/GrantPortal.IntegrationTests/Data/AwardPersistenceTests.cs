using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Data;

/// <summary>Awards round-trip through PostgreSQL with their tranches, exact to the fen, and stay in their association.</summary>
[Collection(PortalCollection.Name)]
public sealed class AwardPersistenceTests(PortalFactory factory)
{
    [Fact]
    public async Task AnAward_KeepsItsTranchesExactly_AndAPaymentIsStored()
    {
        var setup = await FundedAwards.CreateAsync(factory, "xinjiang", 1, 33333.33m);

        await using (var scope = await TenantScope("xinjiang"))
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var award = await db.Awards.Include(a => a.Tranches).SingleAsync(a => a.Id == setup.AwardIds[0]);
            Assert.Equal([19999.99m, 9999.99m, 3333.35m], award.Tranches.OrderBy(t => t.Number).Select(t => t.Amount));
            award.RecordPayment(1, new DateOnly(2026, 1, 5), "JZ-2026-001", award.Version, null, "财务", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        await using (var scope = await TenantScope("xinjiang"))
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var award = await db.Awards.Include(a => a.Tranches).AsNoTracking().SingleAsync(a => a.Id == setup.AwardIds[0]);
            Assert.Equal(19999.99m, award.Paid);
            Assert.Equal("JZ-2026-001", award.Tranches.Single(t => t.Number == 1).VoucherNumber);
            Assert.Equal(DisbursementMilestone.MidTermEvaluation, award.Tranches.Single(t => t.Number == 2).Milestone);
        }

        await using (var scope = await TenantScope("guangxi"))
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Awards.AnyAsync(a => a.Id == setup.AwardIds[0]));
        }
    }

    private async Task<AsyncServiceScope> TenantScope(string tenant)
    {
        var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        return scope;
    }
}
