using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Reviews.Experts;

/// <summary>Experts and review states the tests need, written directly (the formal check is another part's).</summary>
internal static class ExpertsTestData
{
    public static Task InReviewAsync(this PortalFactory factory, Guid callId) =>
        factory.ScalarAsync("UPDATE grant_applications SET status = 'ExpertReview' WHERE call_id = $1", callId);

    public static Task StatusAsync(this PortalFactory factory, Guid applicationId, string status) =>
        factory.ScalarAsync("UPDATE grant_applications SET status = $2 WHERE id = $1", applicationId, status);

    public static async Task<Guid> AddExpertAsync(this PortalFactory factory, string tenant, string name, string organization, ExpertType type)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var expert = new Expert(association.Id, name, organization, type, DateTimeOffset.UtcNow);
        db.Experts.Add(expert);
        await db.SaveChangesAsync();
        return expert.Id;
    }

    /// <summary>The expert record linked to the account of <paramref name="email"/> in <paramref name="tenant"/>.</summary>
    public static async Task<Guid> ExpertOfAsync(this PortalFactory factory, string tenant, string email) =>
        (Guid)(await factory.ScalarAsync(
            "SELECT e.id FROM experts e JOIN users u ON u.id = e.user_id JOIN associations a ON a.id = e.tenant_id WHERE a.identifier = $1 AND u.normalized_email = upper($2)",
            tenant, email))!;

    public static async Task<Guid?> AssignmentAsync(this PortalFactory factory, Guid applicationId, Guid expertId) =>
        (Guid?)await factory.ScalarAsync(
            "SELECT id FROM review_assignments WHERE application_id = $1 AND expert_id = $2 AND status IN ('Assigned', 'Submitted')", applicationId, expertId);
}
