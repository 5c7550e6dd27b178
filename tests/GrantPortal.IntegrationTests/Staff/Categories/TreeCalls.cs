using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Staff.Categories;

/// <summary>Each test's own draft call, created and read back through <see cref="CallEditor"/> as the association's staff would.</summary>
internal static class TreeCalls
{
    public static readonly CallEditAuthor Author = new(null, "test");

    public static async Task<T> InTenantAsync<T>(this PortalFactory factory, string tenant, Func<CallEditor, Guid, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        return await work(scope.ServiceProvider.GetRequiredService<CallEditor>(), association.Id);
    }

    /// <summary>A new draft call of xinjiang with a unique title, built by <paramref name="build"/>; returns its id.</summary>
    public static Task<Guid> CreateDraftAsync(this PortalFactory factory, Action<GrantCall>? build = null, string tenant = "xinjiang") =>
        factory.InTenantAsync(tenant, async (editor, tenantId) =>
        {
            var call = new GrantCall(tenantId, 2031, "类别树测试 " + Guid.NewGuid().ToString("N")[..8], DateTimeOffset.UtcNow);
            build?.Invoke(call);
            var outcome = await editor.CreateAsync(call, Author, "call.create", "测试");
            Assert.Equal(CallEditStatus.Saved, outcome.Status);
            return call.Id;
        });

    public static Task<GrantCall> LoadAsync(this PortalFactory factory, Guid callId, string tenant = "xinjiang") =>
        factory.InTenantAsync(tenant, async (editor, _) => (await editor.LoadAsync(callId))!);

    public static Task<CallEditOutcome> EditAsync(this PortalFactory factory, Guid callId, Func<GrantCall, string> change) =>
        factory.InTenantAsync("xinjiang", async (editor, _) =>
        {
            var call = (await editor.LoadAsync(callId))!;
            return await editor.EditAsync(callId, call.Revision, Author, "test.edit", change);
        });

    /// <summary>XXJL: 91万元 over 2×10万 + 3×7万 + 10×5万.</summary>
    public static void Tiers(GrantCall call)
    {
        var root = call.AddCategory(null, "XXJL", "重点学术交流活动");
        root.SetFunding(910000m, Quota.Exact(15), null, childrenCombinable: false);
        foreach (var (code, amount, count) in new[] { ("XXJL-1", 100000m, 2), ("XXJL-2", 70000m, 3), ("XXJL-3", 50000m, 10) })
        {
            call.AddCategory(root, code, code + " 级").SetFunding(null, Quota.Exact(count), AmountRule.Fixed(amount), childrenCombinable: false);
        }
    }

    public static GrantCategory Node(this GrantCall call, string code) => call.Categories.Single(c => c.Code == code);
}
