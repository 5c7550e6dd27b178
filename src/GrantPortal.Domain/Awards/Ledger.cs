namespace GrantPortal.Domain.Awards;

/// <summary>
/// 资金台账 of a call: per category (in the order of the tree, each with its sub-categories' awards) and in total, what
/// was awarded, paid, is outstanding, was cancelled, is to recover and was recovered, against each budget cap. The call's
/// cap is the sum of its top-level categories' caps when every one has a cap. Sums are exact decimals (to the fen).
/// </summary>
public sealed class Ledger
{
    private Ledger(IReadOnlyList<LedgerRow> rows, LedgerRow total)
    {
        Rows = rows;
        Total = total;
    }

    /// <summary>One row per category, parents before their children.</summary>
    public IReadOnlyList<LedgerRow> Rows { get; }

    /// <summary>The whole call (合计).</summary>
    public LedgerRow Total { get; }

    /// <summary>Rows (categories and the total) whose cap is exceeded.</summary>
    public IReadOnlyList<LedgerRow> Breaches => [.. Rows.Where(r => r.CapExceeded), .. Total.CapExceeded ? [Total] : Array.Empty<LedgerRow>()];

    /// <summary>
    /// The ledger of <paramref name="categories"/> (the call's whole tree) with <paramref name="entries"/>; awards in a
    /// category the list does not name count in the total only.
    /// </summary>
    public static Ledger For(IReadOnlyList<LedgerCategory> categories, IEnumerable<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(entries);
        var own = new Dictionary<Guid, LedgerFigures>();
        var total = LedgerFigures.Zero;
        foreach (var entry in entries)
        {
            own[entry.CategoryId] = own.GetValueOrDefault(entry.CategoryId, LedgerFigures.Zero).Plus(entry.Figures);
            total = total.Plus(entry.Figures);
        }
        var children = categories.ToLookup(c => c.ParentId);
        var known = categories.Select(c => c.Id).ToHashSet();
        var rows = new List<LedgerRow>();
        LedgerFigures Walk(LedgerCategory category, int depth)
        {
            var index = rows.Count;
            rows.Add(null!);
            var figures = own.GetValueOrDefault(category.Id, LedgerFigures.Zero);
            foreach (var child in children[category.Id])
            {
                figures = figures.Plus(Walk(child, depth + 1));
            }
            rows[index] = new LedgerRow(category, depth, category.Cap, figures);
            return figures;
        }
        var roots = categories.Where(c => c.ParentId is null || !known.Contains(c.ParentId.Value)).ToList();
        foreach (var root in roots)
        {
            Walk(root, 0);
        }
        decimal? cap = roots.Count > 0 && roots.All(r => r.Cap is not null) ? roots.Sum(r => r.Cap!.Value) : null;
        return new Ledger(rows, new LedgerRow(null, 0, cap, total));
    }
}
