namespace GrantPortal.Domain.FormalChecks;

/// <summary>
/// One line of the formal checklist: <see cref="Code"/> identifies it (a manual item's tick is posted by code),
/// <see cref="Label"/> and <see cref="Detail"/> are Chinese. A <see cref="Manual"/> item is one staff confirm by hand
/// (纸质材料与网上一致); it passes once ticked. <see cref="Unverified"/> marks an automatic item whose check is not
/// built yet: shown as a warning, it does not keep the application out of bulk pass.
/// </summary>
public sealed record FormalCheckItem(string Code, string Label, CheckItemOutcome Outcome, string Detail, bool Manual = false, bool Unverified = false)
{
    public static FormalCheckItem Pass(string code, string label, string detail) => new(code, label, CheckItemOutcome.Pass, detail);

    public static FormalCheckItem Warning(string code, string label, string detail) => new(code, label, CheckItemOutcome.Warning, detail);

    public static FormalCheckItem Fail(string code, string label, string detail) => new(code, label, CheckItemOutcome.Fail, detail);

    /// <summary>A manual item not yet confirmed: a warning until staff tick it.</summary>
    public static FormalCheckItem ToConfirm(string code, string label) => new(code, label, CheckItemOutcome.Warning, "待人工核对", Manual: true);

    /// <summary>Whether staff must look at it: a failure, or a warning that is not merely an unbuilt check or an unticked manual item.</summary>
    public bool IsFlagged => Outcome == CheckItemOutcome.Fail || (Outcome == CheckItemOutcome.Warning && !Manual && !Unverified);
}
