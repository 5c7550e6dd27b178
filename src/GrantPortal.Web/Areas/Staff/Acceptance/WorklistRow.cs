using GrantPortal.Infrastructure.Acceptance;

namespace GrantPortal.Web.Areas.Staff.Acceptance;

/// <summary>One award of the acceptance worklist: its case, due date and days overdue.</summary>
public sealed record WorklistRow(AcceptanceCase Case, DateOnly? DueOn, int DaysOverdue);
