using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Forms;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Staff.Forms;

/// <summary>Each test's own call (unique title), made through <see cref="CallEditor"/>, and reads of what got saved.</summary>
internal static class FormTestCalls
{
    public sealed record Created(Guid CallId, Guid CategoryId, Guid OtherCategoryId);

    private static async Task<AsyncServiceScope> TenantScopeAsync(PortalFactory factory, string tenant)
    {
        var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        return scope;
    }

    /// <summary>
    /// A call with category A (children; a form when <paramref name="schema"/> is given, with a 申报类型 field choosing a child when <paramref name="choosesChild"/>) and category B (no form);
    /// published when asked.
    /// </summary>
    public static async Task<Created> CreateAsync(PortalFactory factory, FormSchema? schema = null, bool publish = false, string tenant = "xinjiang", bool choosesChild = false)
    {
        await using var scope = await TenantScopeAsync(factory, tenant);
        var tenantId = scope.ServiceProvider.GetRequiredService<TenantContext>().TenantId!.Value;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var now = DateTimeOffset.UtcNow;
        var call = new GrantCall(tenantId, 2032, "表单测试 " + suffix, now);
        var a = call.AddCategory(null, "A-" + suffix, "学术交流");
        call.AddCategory(a, "A-" + suffix + "-1", "国际会议");
        call.AddCategory(a, "A-" + suffix + "-2", "国内会议");
        var b = call.AddCategory(null, "B-" + suffix, "科普活动");
        if (schema is not null)
        {
            if (choosesChild)
            {
                // 申报类型: the applicant picks one of A's children.
                var kind = new FormField { Key = "kind", Label = "申报类型", Type = FieldType.SingleChoice, SelectsCategory = true, Options = [.. a.Children.Select(c => new ChoiceOption(c.Code, c.Name))] };
                schema = schema with { Sections = [schema.Sections[0] with { Fields = [.. schema.Sections[0].Fields, kind] }, .. schema.Sections.Skip(1)] };
            }
            a.AddFormVersion(schema, now);
        }
        if (publish)
        {
            call.Publish(now);
        }
        var outcome = await scope.ServiceProvider.GetRequiredService<CallEditor>().CreateAsync(call, new CallEditAuthor(null, "test"), "call.create", "测试");
        Assert.True(outcome.Succeeded, outcome.Error?.Message);
        return new Created(call.Id, a.Id, b.Id);
    }

    public static async Task<List<FormDefinition>> FormsAsync(PortalFactory factory, Guid categoryId, string tenant = "xinjiang")
    {
        await using var scope = await TenantScopeAsync(factory, tenant);
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Forms.AsNoTracking()
            .Where(f => f.CategoryId == categoryId).OrderBy(f => f.Version).ToListAsync();
    }

    public static async Task<FormSchema> SchemaAsync(PortalFactory factory, Guid categoryId) => (await FormsAsync(factory, categoryId))[^1].Schema;

    public static async Task<int> RevisionAsync(PortalFactory factory, Guid callId, string tenant = "xinjiang")
    {
        await using var scope = await TenantScopeAsync(factory, tenant);
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Calls.AsNoTracking().Where(c => c.Id == callId).Select(c => c.Revision).SingleAsync();
    }

    public static FormSchema OneSection(params FormField[] fields) =>
        new() { Title = "申报书", Sections = [new FormSection { Key = "s1", Title = "基本信息", Fields = fields }] };
}
