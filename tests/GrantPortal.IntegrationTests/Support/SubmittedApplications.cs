using System.Globalization;
using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Forms;
using GrantPortal.Domain.Organizations;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Support;

/// <summary>
/// A published call of one category (deadline 2030-06-30 18:00 Beijing, 1万–5万 per project, up to 20 projects, cap
/// 100万) in one association, and applications submitted to it by as many new organisations: for the pages that come
/// after submission (PDF, formal check, review).
/// </summary>
public static class SubmittedApplications
{
    public static readonly DateTimeOffset Deadline = BeijingTime.At(new DateOnly(2030, 6, 30), new TimeOnly(18, 0));

    public sealed record Setup(string Tenant, Guid TenantId, Guid CallId, Guid CategoryId, string Code, IReadOnlyList<Submitted> Applications);

    public sealed record Submitted(Guid ApplicationId, Guid OrganizationId, string OrganizationName, string Number, string Title);

    /// <summary>The form every application fills: name, content, amount.</summary>
    public static FormSchema Form() => new()
    {
        Title = "学术交流项目申报书",
        Sections =
        [
            new FormSection
            {
                Key = "basic", Title = "基本信息",
                Fields =
                [
                    new FormField { Key = FormKeys.ProjectName, Label = "项目名称", Required = true },
                    new FormField { Key = "content", Label = "项目内容", Type = FieldType.LongText, MaxLength = 1500 },
                    new FormField { Key = FormKeys.RequestedAmount, Label = "申请经费", Type = FieldType.Money },
                ],
            },
        ],
    };

    /// <summary>
    /// Creates the call and <paramref name="count"/> submitted applications (titles "项目 {code}-{i}", 3万 each unless
    /// <paramref name="values"/> says otherwise for application i); <paramref name="configure"/> may change the call and
    /// its category before it is published (e.g. its disbursement schedule or acceptance materials).
    /// </summary>
    public static async Task<Setup> CreateAsync(
        WebApplicationFactory<Program> factory, string tenant, int count, Func<int, IReadOnlyDictionary<string, string>>? values = null, FormSchema? form = null,
        Action<GrantCall, GrantCategory>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var code = "T" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var call = new GrantCall(association.Id, 2030, "评审测试 " + code, now);
        call.Schedule(null, Deadline, false, null, null, null);
        call.SetRules(null, new SubmissionRequirements(), [], new ReviewSettings(), Eligibility.Anyone, new SpendingRules(), [], [], []);
        var category = call.AddCategory(null, code, "学术交流活动");
        category.SetFunding(1000000m, Quota.Range(1, 20), AmountRule.Range(10000m, 50000m), false);
        category.AddFormVersion(form ?? Form(), now);
        configure?.Invoke(call, category);
        call.Publish(now);
        var outcome = await scope.ServiceProvider.GetRequiredService<CallEditor>().CreateAsync(call, new CallEditAuthor(null, "test"), "call.create", "测试");
        Assert.Equal(CallEditStatus.Saved, outcome.Status);

        var submitted = new List<Submitted>();
        for (var i = 1; i <= count; i++)
        {
            var name = $"测试单位{code}-{i}";
            var organization = new ApplicantOrganization(
                association.Id, name, ApplicantType.Society, CreditCode(association.NumberPrefix), "联系人", "0771-1234567", $"{code.ToLowerInvariant()}-{i}@example.com", null, now);
            db.Organizations.Add(organization);
            var application = new GrantApplication(association.Id, category, organization.Id, null, now);
            var answers = new Dictionary<string, string>
            {
                [FormKeys.ProjectName] = $"项目 {code}-{i}",
                ["content"] = $"第{i}个项目的内容：开展学术交流与科普活动。",
                [FormKeys.RequestedAmount] = "30000",
            };
            foreach (var (key, value) in values?.Invoke(i) ?? new Dictionary<string, string>())
            {
                answers[key] = value;
            }
            application.Save(answers, 0, CallPhase.Open, null, now);
            var number = ApplicationNumber.Format(association.NumberPrefix, code, i);
            application.Submit(application.Revision, CallPhase.Open, () => number, null, now);
            db.Applications.Add(application);
            submitted.Add(new Submitted(application.Id, organization.Id, name, number, application.Title));
        }
        await db.SaveChangesAsync();
        return new Setup(tenant, association.Id, call.Id, category.Id, code, submitted);
    }

    private static UnifiedSocialCreditCode CreditCode(string prefix)
    {
        var region = prefix switch { "XJ" => "650000", "GX" => "450000", "HN" => "430000", "SX" => "140000", _ => "110000" };
        var body = $"51{region}MJ{Random.Shared.Next(0, 10_000_000).ToString("0000000", CultureInfo.InvariantCulture)}";
        return UnifiedSocialCreditCode.TryParse(body + UnifiedSocialCreditCode.CheckCharacter(body), out var code)
            ? code! : throw new InvalidOperationException("Test credit code invalid.");
    }
}
