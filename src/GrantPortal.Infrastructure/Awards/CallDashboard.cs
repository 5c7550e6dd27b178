using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Awards;

/// <summary>
/// 统计: a call's figures for staff, per category (each with its sub-categories, in the order of the tree) and in total —
/// applications against the quota (submitted, in the formal check, rejected, in review, approved), requested / awarded /
/// paid against the cap, review assignments done out of all, and the awards by status with the milestones met.
/// </summary>
public sealed record CallDashboard(GrantCall Call, IReadOnlyList<DashboardRow> Rows, DashboardRow Total)
{
    private sealed record AppFacts(Guid CategoryId, ApplicationStatus Status, decimal? Requested);

    private sealed record ReviewFacts(Guid CategoryId, ReviewAssignmentStatus Status);

    public static async Task<CallDashboard?> LoadAsync(PortalDbContext db, Guid callId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var call = await db.Calls.AsNoTracking().Include(c => c.Categories).SingleOrDefaultAsync(c => c.Id == callId, cancellationToken);
        if (call is null)
        {
            return null;
        }
        var applications = await db.Applications.AsNoTracking().Where(a => a.CallId == callId && a.SubmittedAt != null)
            .Select(a => new AppFacts(a.CategoryId, a.Status, a.RequestedAmount)).ToListAsync(cancellationToken);
        var reviews = await db.ReviewAssignments.AsNoTracking().Where(r => r.CallId == callId)
            .Select(r => new ReviewFacts(r.CategoryId, r.Status)).ToListAsync(cancellationToken);
        var awards = await db.Awards.AsNoTracking().Include(a => a.Tranches).Where(a => a.CallId == callId).ToListAsync(cancellationToken);

        var rows = new List<DashboardRow>();
        foreach (var category in call.AllCategories)
        {
            var ids = category.SelfAndDescendants().Select(c => c.Id).ToHashSet();
            rows.Add(Row(category, category.Depth, category.Quota, category.BudgetCap,
                applications.Where(a => ids.Contains(a.CategoryId)), reviews.Where(r => ids.Contains(r.CategoryId)), awards.Where(a => ids.Contains(a.CategoryId))));
        }
        var roots = call.RootCategories.ToList();
        decimal? cap = roots.Count > 0 && roots.All(r => r.BudgetCap is not null) ? roots.Sum(r => r.BudgetCap!.Value) : null;
        var total = Row(null, 0, Quota.None, cap, applications, reviews, awards);
        return new CallDashboard(call, rows, total);
    }

    private static DashboardRow Row(
        GrantCategory? category, int depth, Quota quota, decimal? cap, IEnumerable<AppFacts> applications, IEnumerable<ReviewFacts> reviews, IEnumerable<Award> awards)
    {
        var apps = applications.Where(a => a.Status is not (ApplicationStatus.Draft or ApplicationStatus.Withdrawn)).ToList();
        var assignments = reviews.Where(r => r.Status is ReviewAssignmentStatus.Assigned or ReviewAssignmentStatus.Submitted).ToList();
        var funded = awards.ToList();
        return new DashboardRow(
            category, depth, quota, cap,
            Submitted: apps.Count,
            InFormalCheck: apps.Count(a => a.Status is ApplicationStatus.Submitted or ApplicationStatus.FormalCheck or ApplicationStatus.Returned),
            Rejected: apps.Count(a => a.Status == ApplicationStatus.Rejected),
            InReview: apps.Count(a => a.Status is ApplicationStatus.ExpertReview or ApplicationStatus.PublicNotice),
            Approved: apps.Count(a => a.Status == ApplicationStatus.Approved),
            NotApproved: apps.Count(a => a.Status == ApplicationStatus.NotApproved),
            Requested: apps.Sum(a => a.Requested ?? 0m),
            Awarded: funded.Sum(a => a.Amount),
            Paid: funded.Sum(a => a.Paid),
            ReviewsDone: assignments.Count(r => r.Status == ReviewAssignmentStatus.Submitted),
            ReviewsTotal: assignments.Count,
            Active: funded.Count(a => a.Status == AwardStatus.Active),
            Completed: funded.Count(a => a.Status == AwardStatus.Completed),
            Terminated: funded.Count(a => a.Status == AwardStatus.Terminated),
            AgreementsSigned: funded.Count(a => a.AgreementSignedAt is not null),
            MidTermsPassed: funded.Count(a => a.MidTermPassedAt is not null),
            Accepted: funded.Count(a => a.AcceptedAt is not null));
    }
}
