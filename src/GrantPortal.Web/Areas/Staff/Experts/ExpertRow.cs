using GrantPortal.Domain.Reviews;

namespace GrantPortal.Web.Areas.Staff.Experts;

/// <summary>An expert in the pool list, with their open assignments (all calls).</summary>
public sealed record ExpertRow(Expert Expert, int OpenAssignments);
