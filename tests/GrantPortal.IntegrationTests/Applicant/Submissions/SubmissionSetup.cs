using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Applicant.Submissions;

/// <summary>A published guangxi call of one category closing 2030-06-30 18:00 Beijing time, and drafts of the demo society.</summary>
internal static class SubmissionSetup
{
    public static readonly DateTimeOffset Deadline = BeijingTime.At(new DateOnly(2030, 6, 30), new TimeOnly(18, 0));

    public sealed record Call(Guid CallId, Guid CategoryId, string Code);

    public static async Task<Call> PublishedCallAsync(PortalFactory factory, int? limit = null)
    {
        await using var scope = await ScopeAsync(factory);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var code = "T" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var call = new GrantCall(db.Tenant.TenantId!.Value, 2030, "提交测试 " + code, DateTimeOffset.UtcNow);
        call.Schedule(null, Deadline, false, null, null, null);
        call.SetRules(limit, new SubmissionRequirements(), [], new ReviewSettings(), Eligibility.Anyone, new SpendingRules(), [], [], []);
        var category = call.AddCategory(null, code, "学术交流活动");
        category.SetFunding(1000000m, Quota.Range(1, 20), AmountRule.Range(10000m, 50000m), false);
        category.AddFormVersion(SubmittedApplications.Form(), DateTimeOffset.UtcNow);
        call.Publish(DateTimeOffset.UtcNow);
        var outcome = await scope.ServiceProvider.GetRequiredService<CallEditor>().CreateAsync(call, new CallEditAuthor(null, "test"), "call.create", "测试");
        Assert.Equal(CallEditStatus.Saved, outcome.Status);
        return new Call(call.Id, category.Id, code);
    }

    public static async Task<Guid> OrganizationOfAsync(PortalFactory factory, string email) =>
        (Guid)(await factory.ScalarAsync(
            "SELECT m.organization_id FROM tenant_memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1 AND m.organization_id IS NOT NULL", email))!;

    /// <summary>A draft with the given answers (saved once, so at revision 1).</summary>
    public static async Task<Guid> DraftAsync(PortalFactory factory, Call call, Guid organizationId, string title, string content, IReadOnlyDictionary<string, string>? more = null)
    {
        await using var scope = await ScopeAsync(factory);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var editor = scope.ServiceProvider.GetRequiredService<CallEditor>();
        var loaded = (await editor.LoadAsync(call.CallId))!;
        var category = loaded.Categories.Single(c => c.Id == call.CategoryId);
        var application = new GrantApplication(loaded.TenantId, category, organizationId, null, DateTimeOffset.UtcNow);
        var values = new Dictionary<string, string> { [FormKeys.ProjectName] = title, ["content"] = content, [FormKeys.RequestedAmount] = "30000" };
        foreach (var (key, value) in more ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }
        application.Save(values, 0, CallPhase.Open, null, DateTimeOffset.UtcNow);
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return application.Id;
    }

    private static async Task<AsyncServiceScope> ScopeAsync(PortalFactory factory)
    {
        var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync("guangxi"))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        return scope;
    }
}
