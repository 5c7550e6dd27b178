namespace GrantPortal.Web.Areas.Staff.Experts;

/// <summary>The pool page: the search as typed and the experts it found.</summary>
public sealed record ExpertsPage(string? Query, string? Type, string? Availability, IReadOnlyList<ExpertRow> Rows, int Total);
