using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Reviews;

namespace GrantPortal.Web.Areas.Staff.Panels;

/// <summary>
/// 评审专家（单份申报书）: the application's assignments, the avoidance requests the applicant made, and every expert of
/// the pool with their conflicts, load and whether staff may assign them by hand.
/// </summary>
public sealed record ReviewersPage(
    GrantApplication Application, string OrganizationName, string CallTitle, ReviewPanel? Panel,
    IReadOnlyList<(ReviewAssignment Assignment, Expert Expert)> Assignments,
    IReadOnlyList<(Expert Expert, IReadOnlyList<ConflictOfInterest> Conflicts, int Load)> Pool)
{
    public string? Error { get; init; }
    public IReadOnlyList<string> ErrorDetails { get; init; } = [];
}
