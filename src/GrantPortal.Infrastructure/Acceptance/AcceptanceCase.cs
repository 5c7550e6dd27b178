using GrantPortal.Domain.Acceptance;
using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calendar;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Eligibility;

namespace GrantPortal.Infrastructure.Acceptance;

/// <summary>
/// One award's acceptance as the pages need it: the award (tranches, recoveries), its call and category (materials,
/// deadline, debarment rules), the submission when started, the termination and debarment when terminated.
/// </summary>
public sealed record AcceptanceCase(
    Award Award, GrantCall Call, GrantCategory Category, AcceptanceSubmission? Submission,
    AwardTermination? Termination, Debarment? Debarment, WorkingDayCalendar Calendar)
{
    /// <summary>The category's (else the parent's, else the call's) acceptance deadline; else the first material's own.</summary>
    public DeadlineRule? Rule =>
        Category.EffectiveAcceptanceDeadline ?? Category.AcceptanceMaterials.Select(m => m.Due).FirstOrDefault(d => d is not null);

    /// <summary>The checklist: the submission's snapshot, else the category's materials now.</summary>
    public IReadOnlyList<AcceptanceRequirement> Requirements =>
        Submission?.Requirements ?? AcceptanceChecklist.For(Category.AcceptanceMaterials);

    public bool NeedsEndDate => AcceptanceDue.NeedsEndDate(Rule);

    /// <summary>The due date with the end date the applicant entered (or <paramref name="endDate"/> when given).</summary>
    public DateOnly? DueOn(DateOnly? endDate = null) => AcceptanceDue.DueOn(Rule, Award, endDate ?? Submission?.ActivityEndedOn, Calendar);

    /// <summary>Days overdue on <paramref name="today"/> while not yet submitted (0 otherwise).</summary>
    public int DaysOverdue(DateOnly today) =>
        Submission is { IsEditable: false } || Award.Status != AwardStatus.Active ? 0 : AcceptanceDue.DaysLate(DueOn(), today);
}
