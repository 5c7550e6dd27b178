namespace GrantPortal.Domain.FormalChecks;

/// <summary>
/// 形式审查清单 of one application: the automatic items as its facts stand now and the manual items staff tick. Built
/// again at every look; the decision keeps a copy of it as it stood.
/// </summary>
public sealed record FormalChecklist(IReadOnlyList<FormalCheckItem> Items)
{
    /// <summary>
    /// Runs <paramref name="sources"/> (default <see cref="FormalCheckItems.Standard"/>) over <paramref name="facts"/>; the
    /// manual items whose codes are in <paramref name="ticked"/> pass as confirmed.
    /// </summary>
    public static FormalChecklist Build(FormalCheckFacts facts, IEnumerable<string>? ticked = null, IReadOnlyList<FormalCheckItemSource>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var confirmed = (ticked ?? []).ToHashSet(StringComparer.Ordinal);
        var items = (sources ?? FormalCheckItems.Standard)
            .SelectMany(source => source(facts))
            .Select(item => item.Manual && confirmed.Contains(item.Code) ? item with { Outcome = CheckItemOutcome.Pass, Detail = "已核对" } : item)
            .ToList();
        return new FormalChecklist(items);
    }

    /// <summary>Something staff must look at: a failed item or a real warning (never bulk-passed).</summary>
    public bool IsFlagged => Items.Any(i => i.IsFlagged);

    public bool HasFailures => Items.Any(i => i.Outcome == CheckItemOutcome.Fail);

    /// <summary>The manual items not ticked yet.</summary>
    public IReadOnlyList<FormalCheckItem> Unconfirmed => Items.Where(i => i.Manual && i.Outcome != CheckItemOutcome.Pass).ToList();

    public IReadOnlyList<FormalCheckItem> ManualItems => Items.Where(i => i.Manual).ToList();

    /// <summary>The same list with every manual item ticked (a bulk pass confirms them all).</summary>
    public FormalChecklist AllConfirmed() =>
        new(Items.Select(i => i.Manual ? i with { Outcome = CheckItemOutcome.Pass, Detail = "已核对" } : i).ToList());
}
