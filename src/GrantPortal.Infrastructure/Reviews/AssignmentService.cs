using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Reviews;

/// <summary>
/// Puts experts on the applications of a call that are in expert review: the automatic assignment (previewed, then
/// saved in one transaction), and staff's manual assignments and withdrawals, refused when the expert is conflicted.
/// </summary>
public sealed class AssignmentService(PortalDbContext db, ReviewedApplications reviewed, TimeProvider time)
{
    /// <summary>What the automatic assignment would do now; changes nothing.</summary>
    public async Task<CallAssignmentPlan> PlanAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var panels = await db.ReviewPanels.AsNoTracking().Where(p => p.CallId == callId).ToDictionaryAsync(p => p.CategoryId, cancellationToken);
        var inReview = db.Applications.Where(a => a.CallId == callId && a.Status == ApplicationStatus.ExpertReview);
        var rows = await (
            from a in inReview.AsNoTracking()
            join o in db.Organizations on a.OrganizationId equals o.Id
            select new ReviewedApplicationRow(a.Id, a.CategoryId, a.Number, a.Title, o.Name))
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var applications = await reviewed.LoadAsync(inReview, cancellationToken);
        var experts = await db.Experts.AsNoTracking().ToListAsync(cancellationToken);
        var prior = (await db.ReviewAssignments.AsNoTracking().Where(a => a.CallId == callId).ToListAsync(cancellationToken))
            .Select(PriorAssignment.Of).ToList();

        var planned = new List<PlannedAssignment>();
        var gaps = new List<AssignmentGap>();
        var loads = experts.ToDictionary(e => e.Id, e => prior.Count(p => p.ExpertId == e.Id && p.IsActive));
        var categories = applications.GroupBy(a => rows[a.Id].CategoryId).OrderBy(g => g.Key).ToList();
        foreach (var category in categories.Where(c => panels.ContainsKey(c.Key)))
        {
            var panel = panels[category.Key];
            var plan = AssignmentPlanner.Plan(panel.Places, category.ToList(), experts, prior);
            planned.AddRange(plan.Assignments);
            gaps.AddRange(plan.Gaps);
            prior.AddRange(plan.Assignments.Select(a => new PriorAssignment(a.ApplicationId, a.ExpertId, a.Type, ReviewAssignmentStatus.Assigned)));
            loads = new Dictionary<Guid, int>(plan.Loads);
        }
        var withoutPanel = categories.Select(c => c.Key).Where(c => !panels.ContainsKey(c)).ToList();
        return new CallAssignmentPlan(new AssignmentPlan(planned, gaps, loads), rows, experts.ToDictionary(e => e.Id), withoutPanel);
    }

    /// <summary>Runs the automatic assignment and saves it, all or nothing; returns what was done.</summary>
    public async Task<CallAssignmentPlan> RunAsync(Guid callId, Guid? userId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var result = await PlanAsync(callId, cancellationToken);
        var ids = result.Plan.Assignments.Select(a => a.ApplicationId).Distinct().ToList();
        var applications = await db.Applications.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var panels = await db.ReviewPanels.AsNoTracking().Where(p => p.CallId == callId).ToDictionaryAsync(p => p.CategoryId, cancellationToken);
        var now = time.GetUtcNow();
        foreach (var planned in result.Plan.Assignments)
        {
            var application = applications[planned.ApplicationId];
            var assignment = new ReviewAssignment(application, result.Experts[planned.ExpertId], byHand: false, userId, now);
            assignment.SetDue(panels.GetValueOrDefault(application.CategoryId)?.DueAt);
            db.ReviewAssignments.Add(assignment);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Staff put an expert on an application by hand; refused (nothing saved) when the expert may not review it.</summary>
    public async Task<(AssignmentRefusal Refusal, IReadOnlyList<ConflictOfInterest> Conflicts)> AssignAsync(
        Guid applicationId, Guid expertId, Guid? userId, CancellationToken cancellationToken = default)
    {
        var application = await db.Applications.SingleAsync(a => a.Id == applicationId, cancellationToken);
        var expert = await db.Experts.AsNoTracking().SingleAsync(e => e.Id == expertId, cancellationToken);
        if (application.Status != ApplicationStatus.ExpertReview)
        {
            return (AssignmentRefusal.NotInReview, []);
        }
        var earlier = await db.ReviewAssignments.AsNoTracking()
            .Where(a => a.ApplicationId == applicationId && a.ExpertId == expertId).ToListAsync(cancellationToken);
        if (earlier.Any(a => a.IsActive))
        {
            return (AssignmentRefusal.AlreadyAssigned, []);
        }
        var conflicts = Conflicts.Between(expert, (await reviewed.FindAsync(applicationId, cancellationToken))!).ToList();
        if (earlier.FirstOrDefault(a => a.Status == ReviewAssignmentStatus.Recused) is { } recused)
        {
            conflicts.Add(new ConflictOfInterest(ConflictKind.Recused, recused.RecusalReason ?? ""));
        }
        if (conflicts.Count > 0)
        {
            return (AssignmentRefusal.Conflicted, conflicts);
        }
        if (!expert.Available)
        {
            return (AssignmentRefusal.Unavailable, []);
        }
        var panel = await db.ReviewPanels.AsNoTracking().SingleOrDefaultAsync(p => p.CategoryId == application.CategoryId, cancellationToken);
        var assignment = new ReviewAssignment(application, expert, byHand: true, userId, time.GetUtcNow());
        assignment.SetDue(panel?.DueAt);
        db.ReviewAssignments.Add(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return (AssignmentRefusal.None, []);
    }

    /// <summary>Staff take an unscored assignment away; false when it was already scored, recused or withdrawn.</summary>
    public async Task<bool> WithdrawAsync(ReviewAssignment assignment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        try
        {
            assignment.Withdraw();
        }
        catch (DomainException)
        {
            return false;
        }
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
