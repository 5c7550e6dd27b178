using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Reviews.Scoring;

/// <summary>
/// Which assignment the signed-in expert may score: their own (their expert record's user is them), in the current
/// association, not recused or withdrawn. The one place the score sheet looks an assignment up, so it can become the
/// experts part's ReviewerAccess (which also refuses conflicts of interest).
/// </summary>
public static class ScoringAccess
{
    public static async Task<ReviewAssignment?> FindOwnAsync(PortalDbContext db, Guid assignmentId, Guid? userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (userId is null)
        {
            return null;
        }
        return await (
            from a in db.ReviewAssignments
            join e in db.Experts on a.ExpertId equals e.Id
            where a.Id == assignmentId && e.UserId == userId
                && (a.Status == ReviewAssignmentStatus.Assigned || a.Status == ReviewAssignmentStatus.Submitted)
            select a).SingleOrDefaultAsync(cancellationToken);
    }
}
