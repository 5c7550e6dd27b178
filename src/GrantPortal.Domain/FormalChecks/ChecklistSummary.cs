namespace GrantPortal.Domain.FormalChecks;

/// <summary>
/// What a list of applications shows of a checklist: how many items failed, how many need a look (failures included,
/// see <see cref="FormalCheckItem.IsFlagged"/>) and how many manual items are not ticked yet.
/// </summary>
public sealed record ChecklistSummary(int Failures, int Flagged, int Unconfirmed)
{
    public static ChecklistSummary Of(FormalChecklist checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        return new ChecklistSummary(
            checklist.Items.Count(i => i.Outcome == CheckItemOutcome.Fail),
            checklist.Items.Count(i => i.IsFlagged),
            checklist.Unconfirmed.Count);
    }

    /// <summary>Something staff must look at (as <see cref="FormalChecklist.IsFlagged"/>).</summary>
    public bool IsFlagged => Flagged > 0;

    /// <summary>Flagged items that are warnings, not failures.</summary>
    public int Warnings => Flagged - Failures;
}
