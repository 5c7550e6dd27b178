using System.Globalization;
using AngleSharp.Html.Dom;
using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Staff.FormalChecks;

/// <summary>What the formal check tests share: a scope in a tenant, an application of a demo applicant's organisation, posting a decision.</summary>
internal static class FormalCheckSetup
{
    public static async Task<T> InTenantAsync<T>(PortalFactory factory, string tenant, Func<PortalDbContext, IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), scope.ServiceProvider);
    }

    /// <summary>An application of the organisation of <paramref name="email"/> in the setup's category, submitted (version 1) before the deadline.</summary>
    public static async Task<Guid> SubmittedByAsync(PortalFactory factory, SubmittedApplications.Setup setup, string email, string title)
    {
        var organizationId = (Guid)(await factory.ScalarAsync(
            "SELECT m.organization_id FROM tenant_memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1 AND m.organization_id IS NOT NULL", email))!;
        return await InTenantAsync(factory, setup.Tenant, async (db, services) =>
        {
            var call = (await services.GetRequiredService<CallEditor>().LoadAsync(setup.CallId))!;
            var category = call.Categories.Single(c => c.Id == setup.CategoryId);
            var now = DateTimeOffset.UtcNow;
            var application = new GrantApplication(setup.TenantId, category, organizationId, null, now);
            application.Save(new Dictionary<string, string>
            {
                [FormKeys.ProjectName] = title,
                ["content"] = "面向基层科技工作者开展数字化转型专题培训，组织三场线下研讨和一次成果展示，形成培训教材与案例汇编，服务区域产业升级。",
                [FormKeys.RequestedAmount] = "40000",
            }, 0, CallPhase.Open, null, now);
            var prefix = (await db.Associations.AsNoTracking().SingleAsync(a => a.Id == setup.TenantId)).NumberPrefix;
            application.Submit(application.Revision, CallPhase.Open, () => ApplicationNumber.Format(prefix, setup.Code, 900), null, now);
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            return application.Id;
        });
    }

    public static string CheckUrl(string tenant, Guid applicationId) => $"/{tenant}/staff/formal-check/{applicationId}";

    public static string QueueUrl(string tenant, Guid callId) => $"/{tenant}/staff/calls/{callId}/formal-check";

    /// <summary>The check page's decision form values: its token and the revision it shows.</summary>
    public static (string Token, string Revision) FormOf(IHtmlDocument page)
    {
        var form = page.GetElementById("decision-form") ?? throw new InvalidOperationException("No decision form on the page.");
        return (form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!, form.QuerySelector("input[name=Revision]")!.GetAttribute("value")!);
    }

    public static async Task<HttpResponseMessage> PostDecisionAsync(
        HttpClient client, string tenant, Guid applicationId, (string Token, string Revision) form, string outcome, string? reasons = null, DateTimeOffset? until = null, params string[] ticked)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", form.Token),
            new("Revision", form.Revision),
            new("Outcome", outcome),
            new("Reasons", reasons ?? ""),
            new("CorrectionDeadline", until is { } u ? Domain.Common.BeijingTime.ToBeijing(u).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : ""),
        };
        fields.AddRange(ticked.Select(t => new KeyValuePair<string, string>("Ticked", t)));
        return await client.PostAsync(CheckUrl(tenant, applicationId), new FormUrlEncodedContent(fields));
    }

    public static async Task<HttpResponseMessage> DecideAsync(HttpClient client, string tenant, Guid applicationId, string outcome, string? reasons = null, DateTimeOffset? until = null)
    {
        var page = await client.GetPageAsync(CheckUrl(tenant, applicationId));
        return await PostDecisionAsync(client, tenant, applicationId, FormOf(page), outcome, reasons, until);
    }

    public static async Task<string?> StatusAsync(PortalFactory factory, Guid applicationId) =>
        (string?)await factory.ScalarAsync("SELECT status FROM grant_applications WHERE id = $1", applicationId);
}
