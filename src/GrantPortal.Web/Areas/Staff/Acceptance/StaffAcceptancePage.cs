using GrantPortal.Domain.Acceptance;
using GrantPortal.Infrastructure.Acceptance;

namespace GrantPortal.Web.Areas.Staff.Acceptance;

/// <summary>The staff's acceptance page of one award: materials, decision, termination form and history.</summary>
public sealed record StaffAcceptancePage(
    AcceptanceCase Case, IReadOnlyList<ChecklistLine> Lines, DateOnly? DueOn, int DaysOverdue,
    DecisionForm Decision, IReadOnlyDictionary<int, string> ItemComments, TerminateForm Terminate, int ProposedYears, bool ShowTerminate);
