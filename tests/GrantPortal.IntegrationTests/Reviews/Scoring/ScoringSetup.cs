using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Reviews.Scoring;

/// <summary>
/// Submitted applications with review assignments, made directly in the database (the experts part builds the real
/// assignment pages): the demo reviewer's expert record (linked to reviewer@{tenant} by SQL) and a second, unlinked expert.
/// </summary>
internal static class ScoringSetup
{
    public sealed record Reviewed(SubmittedApplications.Setup Calls, Guid ReviewerExpertId, Guid OtherExpertId, IReadOnlyList<Guid> Assignments, IReadOnlyList<Guid> OtherAssignments);

    /// <summary>
    /// <paramref name="count"/> applications; the demo reviewer and another expert are each assigned every one of them,
    /// due at <paramref name="dueAt"/>.
    /// </summary>
    public static async Task<Reviewed> CreateAsync(PortalFactory factory, string tenant, int count = 1, DateTimeOffset? dueAt = null)
    {
        var calls = await SubmittedApplications.CreateAsync(factory, tenant, count);
        var reviewerExpert = await DemoReviewerExpertAsync(factory, tenant);
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var expert = await db.Experts.SingleAsync(e => e.Id == reviewerExpert);
        var other = new Expert(association.Id, "对照专家" + calls.Code, "另一单位", ExpertType.Financial, now);
        db.Experts.Add(other);
        var ids = calls.Applications.Select(a => a.ApplicationId).ToList();
        var applications = await db.Applications.Where(a => ids.Contains(a.Id)).ToListAsync();
        var mine = new List<Guid>();
        var others = new List<Guid>();
        foreach (var application in applications.OrderBy(a => a.Number, StringComparer.Ordinal))
        {
            var assignment = new ReviewAssignment(application, expert, false, null, now);
            assignment.SetDue(dueAt);
            var second = new ReviewAssignment(application, other, false, null, now);
            second.SetDue(dueAt);
            db.ReviewAssignments.AddRange(assignment, second);
            mine.Add(assignment.Id);
            others.Add(second.Id);
        }
        await db.SaveChangesAsync();
        return new Reviewed(calls, reviewerExpert, other.Id, mine, others);
    }

    /// <summary>The expert record of reviewer@{tenant}: made once and linked to the account by SQL (experts.user_id).</summary>
    public static async Task<Guid> DemoReviewerExpertAsync(PortalFactory factory, string tenant)
    {
        var userId = (Guid)(await factory.ScalarAsync("SELECT id FROM users WHERE normalized_email = upper($1)", DemoAccounts.Email(tenant, "reviewer")))!;
        var tenantId = (Guid)(await factory.ScalarAsync("SELECT id FROM associations WHERE identifier = $1", tenant))!;
        if (await factory.ScalarAsync("SELECT id FROM experts WHERE tenant_id = $1 AND user_id = $2", tenantId, userId) is Guid existing)
        {
            return existing;
        }
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var expert = new Expert(association.Id, "评审专家甲", "测试大学", ExpertType.Technical, DateTimeOffset.UtcNow);
            db.Experts.Add(expert);
            await db.SaveChangesAsync();
            await factory.ScalarAsync("UPDATE experts SET user_id = $1 WHERE id = $2 AND NOT EXISTS (SELECT 1 FROM experts WHERE tenant_id = $3 AND user_id = $1)", userId, expert.Id, tenantId);
        }
        return (Guid)(await factory.ScalarAsync("SELECT id FROM experts WHERE tenant_id = $1 AND user_id = $2", tenantId, userId))!;
    }

    /// <summary>A valid score sheet for the default form: 27 + 20 + 16.5 + 12 + 8 = 83.5.</summary>
    public static Dictionary<string, string> ValidSheet(string comment) => new()
    {
        ["Scores[significance]"] = "27",
        ["Scores[feasibility]"] = "20",
        ["Scores[outcomes]"] = "16.5",
        ["Scores[budget]"] = "12",
        ["Scores[organization]"] = "8",
        ["Recommendation"] = "Support",
        ["SuggestedAmount"] = "25000.50",
        ["Comment"] = comment,
        ["Confirmed"] = "true",
        ["Intent"] = "submit",
    };

    /// <summary>A comment long enough for the default form (at least 50 characters), carrying <paramref name="marker"/>.</summary>
    public static string Comment(string marker) =>
        $"{marker}：选题紧扣学科发展和行业需求，内容具有较强的针对性和创新性；实施方案目标明确、措施可行，经费预算基本合理，建议资助。";

    /// <summary>Inserts a submitted score for the other expert directly, as if they had submitted.</summary>
    public static async Task SubmitDirectlyAsync(PortalFactory factory, string tenant, Guid assignmentId, string comment, decimal points)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var assignment = await db.ReviewAssignments.SingleAsync(a => a.Id == assignmentId);
        var scores = DefaultCriteria.Criteria.ToDictionary(c => c.Key, c => Math.Min(points, c.MaxScore));
        var sheet = new ScoreSheet(scores, comment, ReviewRecommendation.DoNotSupport, 10000m);
        db.ReviewScores.Add(ReviewScore.Submit(assignment, DefaultCriteria.Form, sheet, null, null, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
    }
}
