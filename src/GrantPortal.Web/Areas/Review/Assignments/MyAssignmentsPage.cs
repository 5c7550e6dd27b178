namespace GrantPortal.Web.Areas.Review.Assignments;

/// <summary>我的评审任务: the expert's name (null when the account is not linked to an expert here) and their assignments.</summary>
public sealed record MyAssignmentsPage(string? ExpertName, IReadOnlyList<MyAssignmentRow> Rows, DateTimeOffset Now);
