using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Acceptance;

/// <summary>验收工作台 of a call: its awards with acceptance due, submitted or overdue; <see cref="Show"/> filters.</summary>
public sealed record WorklistPage(GrantCall Call, IReadOnlyList<WorklistRow> Rows, string Show, IReadOnlyDictionary<string, int> Counts);
