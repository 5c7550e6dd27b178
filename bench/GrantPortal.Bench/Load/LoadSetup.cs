using System.Globalization;
using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Forms;
using GrantPortal.Domain.Organizations;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Identity;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.Bench.Load;

/// <summary>
/// The deadline-day population: one published call (18:00 deadline, far ahead) whose form has a name, a long text, an
/// amount and a sealed-scan file field, and N organisations, each with one applicant account and one draft application.
/// Made through the app's own domain and Identity services, in batches.
/// </summary>
internal static class LoadSetup
{
    public const string Password = "load-bench-password-2030";

    public sealed record Session(int Index, string Email, Guid ApplicationId);

    public sealed record Population(string Tenant, Guid CallId, IReadOnlyList<Session> Sessions);

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
                    new FormField { Key = "content", Label = "项目内容", Type = FieldType.LongText, MaxLength = 1500, Required = true },
                    new FormField { Key = FormKeys.RequestedAmount, Label = "申请经费", Type = FieldType.Money, Required = true },
                    new FormField { Key = "scan", Label = "盖章扫描件", Type = FieldType.File, Required = true, Accept = [".pdf"], MaxSizeMb = 10 },
                ],
            },
        ],
    };

    /// <summary>The population; with <paramref name="submitted"/> each draft is filled in (no scan) and submitted, as the staff pages see it after the rush.</summary>
    public static async Task<Population> CreateAsync(IServiceProvider services, string tenant, int sessions, bool submitted = false)
    {
        Guid callId;
        Guid categoryId;
        Guid tenantId;
        string prefix;
        await using (var scope = services.CreateAsyncScope())
        {
            var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
            tenantId = association.Id;
            prefix = association.NumberPrefix;
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
            var now = DateTimeOffset.UtcNow;
            var call = new GrantCall(association.Id, 2030, "2030年度学会学术交流项目（负载测试）", now);
            call.Schedule(null, BeijingTime.At(new DateOnly(2030, 6, 30), new TimeOnly(18, 0)), false, null, null, null);
            call.SetRules(null, new SubmissionRequirements(), [], new ReviewSettings(), Eligibility.Anyone, new SpendingRules(), [], [], []);
            var category = call.AddCategory(null, "LOAD", "学术交流活动");
            category.SetFunding(100_000_000m, Quota.Range(1, sessions + 10), AmountRule.Range(10000m, 50000m), false);
            category.AddFormVersion(Form(), now);
            call.Publish(now);
            var outcome = await scope.ServiceProvider.GetRequiredService<CallEditor>().CreateAsync(call, new CallEditAuthor(null, "load bench"), "call.create", "负载测试");
            if (outcome.Status != CallEditStatus.Saved)
            {
                throw new InvalidOperationException("The load call was refused: " + outcome.Error);
            }
            callId = call.Id;
            categoryId = category.Id;
        }

        // One PBKDF2 hash for everyone (each account still gets its own security stamp): hashing 2,000 passwords would
        // take minutes of set-up, and sign-in verifies the hash the same way whatever its salt.
        string hash;
        await using (var scope = services.CreateAsyncScope())
        {
            hash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<PortalUser>>().HashPassword(PortalUser.Create("x@example.com", "x", DateTimeOffset.UtcNow), Password);
        }

        var result = new List<Session>(sessions);
        const int batch = 200;
        for (var start = 0; start < sessions; start += batch)
        {
            await using var scope = services.CreateAsyncScope();
            var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var normalizer = scope.ServiceProvider.GetRequiredService<ILookupNormalizer>();
            var category = await db.Categories.Include(c => c.Forms).Include(c => c.Call).SingleAsync(c => c.Id == categoryId);
            var now = DateTimeOffset.UtcNow;
            for (var i = start; i < Math.Min(sessions, start + batch); i++)
            {
                var email = $"load-{i:00000}@example.com";
                var organization = new ApplicantOrganization(
                    tenantId, $"负载测试学会{i:00000}", ApplicantType.Society, CreditCode(prefix, i), "联系人", "0731-1234567", email, null, now);
                db.Organizations.Add(organization);
                var user = PortalUser.Create(email, $"申报人{i:00000}", now, emailConfirmed: true);
                user.NormalizedEmail = normalizer.NormalizeEmail(email);
                user.NormalizedUserName = normalizer.NormalizeName(email);
                user.SecurityStamp = Guid.NewGuid().ToString("N");
                user.ConcurrencyStamp = Guid.NewGuid().ToString();
                user.PasswordHash = hash;
                db.Users.Add(user);
                db.Memberships.Add(new TenantMembership(tenantId, user.Id, PortalRole.Applicant, organization.Id, now));
                var application = new GrantApplication(tenantId, category, organization.Id, user.Id, now);
                if (submitted)
                {
                    application.Save(new Dictionary<string, string>
                    {
                        [FormKeys.ProjectName] = ProjectText.Title(i), ["content"] = ProjectText.Content(i, 9), [FormKeys.RequestedAmount] = "30000",
                    }, 0, CallPhase.Open, user.Id, now);
                    var number = ApplicationNumber.Format(prefix, "LOAD", i + 1);
                    application.Submit(application.Revision, CallPhase.Open, () => number, user.Id, now);
                }
                db.Applications.Add(application);
                result.Add(new Session(i, email, application.Id));
            }
            await db.SaveChangesAsync();
        }
        return new Population(tenant, callId, result);
    }

    /// <summary>
    /// ANALYZE as the tables' owner. The set-up inserts thousands of rows at once; until autovacuum's next round (up to a
    /// minute) the planner would think the tables empty and join them by nested loops over every row, an artefact of the
    /// bench (a live database's statistics follow its growth).
    /// </summary>
    public static async Task AnalyzeAsync(string ownerConnectionString)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync();
        await using var analyze = new Npgsql.NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private static UnifiedSocialCreditCode CreditCode(string prefix, int i)
    {
        var region = prefix switch { "XJ" => "650000", "GX" => "450000", "HN" => "430000", "SX" => "140000", _ => "110000" };
        var body = $"51{region}MJ{(9_000_000 + i).ToString("0000000", CultureInfo.InvariantCulture)}";
        return UnifiedSocialCreditCode.TryParse(body + UnifiedSocialCreditCode.CheckCharacter(body), out var code)
            ? code! : throw new InvalidOperationException("Credit code invalid.");
    }
}
