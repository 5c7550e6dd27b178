using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Reviews;

/// <summary>
/// Whether the signed-in expert may open an assignment: it is theirs (the expert record linked to their account), not
/// recused or withdrawn, and no conflict of interest is detected now (an avoidance request made later counts).
/// </summary>
public sealed class ReviewerAccess(PortalDbContext db, ReviewedApplications applications)
{
    /// <summary>The assignment (tracked) when the expert of <paramref name="userId"/> may open it; null otherwise.</summary>
    public async Task<ReviewAssignment?> FindOpenableAsync(Guid assignmentId, Guid userId, CancellationToken cancellationToken = default)
    {
        var expert = await db.Experts.AsNoTracking().SingleOrDefaultAsync(e => e.UserId == userId, cancellationToken);
        if (expert is null)
        {
            return null;
        }
        var assignment = await db.ReviewAssignments.SingleOrDefaultAsync(a => a.Id == assignmentId && a.ExpertId == expert.Id, cancellationToken);
        if (assignment is null || !assignment.IsActive)
        {
            return null;
        }
        var application = await applications.FindAsync(assignment.ApplicationId, cancellationToken);
        return application is null || Conflicts.Any(expert, application) ? null : assignment;
    }

    /// <summary>The expert record of the signed-in account in this association; null when none.</summary>
    public Task<Expert?> ExpertOfAsync(Guid userId, CancellationToken cancellationToken = default) =>
        db.Experts.AsNoTracking().SingleOrDefaultAsync(e => e.UserId == userId, cancellationToken);
}
