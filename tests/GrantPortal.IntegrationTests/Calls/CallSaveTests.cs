using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Calls;

/// <summary>Every save of a call re-checks its invariants on the whole tree, and a refused save leaves nothing behind.</summary>
[Collection(PortalCollection.Name)]
public sealed class CallSaveTests(PortalFactory factory)
{
    private async Task<(AsyncServiceScope Scope, PortalDbContext Db, Guid TenantId)> TenantScopeAsync(string tenant)
    {
        var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        return (scope, scope.ServiceProvider.GetRequiredService<PortalDbContext>(), association.Id);
    }

    private static GrantCall DraftWithTiers(Guid tenantId, string title, int regionWideTier)
    {
        var call = new GrantCall(tenantId, 2031, title, DateTimeOffset.UtcNow);
        var category = call.AddCategory(null, "XXJL-2031", "重点学术交流活动");
        category.SetFunding(910000m, Quota.Exact(15), null, childrenCombinable: false);
        foreach (var (code, amount, count) in new[] { ("XXJL-2031-1", 100000m, 2), ("XXJL-2031-2", 70000m, 3), ("XXJL-2031-3", 50000m, regionWideTier) })
        {
            call.AddCategory(category, code, code).SetFunding(null, Quota.Exact(count), AmountRule.Fixed(amount), childrenCombinable: false);
        }
        return call;
    }

    [Fact]
    public async Task SaveDraft_WithinCap_IsSaved()
    {
        var (scope, db, tenantId) = await TenantScopeAsync("xinjiang");
        await using var _ = scope;
        var title = "草稿 " + Guid.NewGuid().ToString("N")[..6];
        db.Calls.Add(DraftWithTiers(tenantId, title, 10));
        await db.SaveChangesAsync();
        Assert.Equal(4, await db.Categories.CountAsync(c => c.Call.Title == title));
    }

    [Fact]
    public async Task SaveDraft_TierOverCap_IsRefusedNamingNodeAndNumbers_AndNothingSaved()
    {
        var (scope, db, tenantId) = await TenantScopeAsync("xinjiang");
        await using var _ = scope;
        var title = "超额草稿 " + Guid.NewGuid().ToString("N")[..6];
        db.Calls.Add(DraftWithTiers(tenantId, title, 11));
        var error = await Assert.ThrowsAsync<DomainException>(() => db.SaveChangesAsync());
        Assert.Equal("call.invalid", error.Code);
        Assert.Contains("类别 XXJL-2031", error.Message, StringComparison.Ordinal);
        Assert.Contains("96万元", error.Message, StringComparison.Ordinal);
        Assert.Contains("91万元", error.Message, StringComparison.Ordinal);
        db.ChangeTracker.Clear();
        Assert.False(await db.Calls.AnyAsync(c => c.Title == title));
    }

    [Fact]
    public async Task SaveChangedCategory_ChecksTheWholeTreeLoadedFromTheDatabase()
    {
        var title = "分步草稿 " + Guid.NewGuid().ToString("N")[..6];
        Guid callId;
        {
            var (scope, db, tenantId) = await TenantScopeAsync("xinjiang");
            await using var _ = scope;
            var call = DraftWithTiers(tenantId, title, 10);
            callId = call.Id;
            db.Calls.Add(call);
            await db.SaveChangesAsync();
        }
        {
            // A new context loads only the call and one tier: the check must still see its siblings and parent.
            var (scope, db, _) = await TenantScopeAsync("xinjiang");
            await using var __ = scope;
            var call = await db.Calls.SingleAsync(c => c.Id == callId);
            var tier = await db.Categories.SingleAsync(c => c.CallId == callId && c.Code == "XXJL-2031-3");
            tier.SetFunding(null, Quota.Exact(11), AmountRule.Fixed(50000m), childrenCombinable: false);
            var error = await Assert.ThrowsAsync<DomainException>(() => db.SaveChangesAsync());
            Assert.Contains("96万元", error.Message, StringComparison.Ordinal);
            Assert.NotNull(call);
        }
    }
}
