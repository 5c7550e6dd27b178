using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Forms;
using GrantPortal.Domain.Organizations;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Documents.Scans;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Security.Uploads;

/// <summary>
/// A published, open call of our own in hunan whose form has a file field "scan" (PDF only, at most 1 MB), one new
/// organisation with a draft application and an applicant user of its own.
/// </summary>
public static class UploadSetup
{
    public const string Tenant = "hunan";

    public sealed record Created(Guid ApplicationId, Guid OrganizationId, string Email)
    {
        public string EditUrl => $"/{Tenant}/my/applications/{ApplicationId}";

        public string UploadUrl => EditUrl + "/files/scan";
    }

    private static FormSchema Schema() => new()
    {
        Title = "上传测试申报表",
        Sections =
        [
            new FormSection { Key = "basic", Title = "基本信息", Fields =
            [
                new FormField { Key = FormKeys.ProjectName, Label = "项目名称", Required = true },
                new FormField { Key = "scan", Label = "盖章扫描件", Type = FieldType.File, Accept = [".pdf"], MaxSizeMb = 1 },
            ] },
        ],
    };

    public static async Task<Created> CreateAsync(PortalFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(Tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var code = "U" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var call = new GrantCall(association.Id, 2031, "上传测试 " + code, now);
        var category = call.AddCategory(null, code, "上传测试项目");
        category.SetFunding(null, Quota.Exact(5), AmountRule.Fixed(40000m), false);
        category.AddFormVersion(Schema(), now);
        call.Publish(now);
        var outcome = await scope.ServiceProvider.GetRequiredService<CallEditor>().CreateAsync(call, new CallEditAuthor(null, "test"), "call.create", "测试");
        Assert.Equal(CallEditStatus.Saved, outcome.Status);

        var body = "51430000MJ" + Random.Shared.Next(1000000, 9999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(UnifiedSocialCreditCode.TryParse(body + UnifiedSocialCreditCode.CheckCharacter(body), out var credit));
        var organization = new ApplicantOrganization(association.Id, "上传测试学会 " + code, ApplicantType.Society, credit!, "联系人", "0731-0000000", $"{code.ToLowerInvariant()}@example.com", null, now);
        db.Organizations.Add(organization);
        var saved = await db.Categories.Include(c => c.Forms).SingleAsync(c => c.Id == category.Id);
        var application = new GrantApplication(association.Id, saved, organization.Id, null, now);
        application.Save(new Dictionary<string, string> { [FormKeys.ProjectName] = "上传测试" }, 0, CallPhase.Open, null, now);
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        var email = await ScanTestSupport.ApplicantAsync(factory, Tenant, organization.Id);
        return new Created(application.Id, organization.Id, email);
    }
}
