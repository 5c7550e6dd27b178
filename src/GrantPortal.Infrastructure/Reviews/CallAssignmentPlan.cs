using GrantPortal.Domain.Reviews;

namespace GrantPortal.Infrastructure.Reviews;

/// <summary>The automatic assignment of a whole call: the plan (over every category with a panel), and the applications and experts it names.</summary>
public sealed record CallAssignmentPlan(
    AssignmentPlan Plan,
    IReadOnlyDictionary<Guid, ReviewedApplicationRow> Applications,
    IReadOnlyDictionary<Guid, Expert> Experts,
    IReadOnlyList<Guid> CategoriesWithoutPanel);
