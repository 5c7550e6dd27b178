using GrantPortal.Domain.Acceptance;
using GrantPortal.Infrastructure.Acceptance;

namespace GrantPortal.Web.Areas.Applicant.Acceptance;

/// <summary>
/// The applicant's acceptance page: the checklist (each line done or what is short), the values as typed when a save
/// was refused, the due date and how late it is.
/// </summary>
public sealed record AcceptancePage(
    AcceptanceCase Case, IReadOnlyList<ChecklistLine> Lines, DateOnly? DueOn, int DaysOverdue, DateOnly Today,
    IReadOnlyDictionary<string, string> Posted)
{
    public AcceptanceSubmission? Submission => Case.Submission;
    public bool Editable => Case.Award.Status == Domain.Awards.AwardStatus.Active && (Submission?.IsEditable ?? true);
    public int Version => Submission?.Version ?? 0;

    /// <summary>What the input shows: the posted value after a refused save, else the saved one.</summary>
    public string Value(string name, string? saved) => Posted.TryGetValue(name, out var posted) ? posted : saved ?? "";
}
