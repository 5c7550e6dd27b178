namespace GrantPortal.Domain.Awards;

/// <summary>
/// One line of the ledger: a category with the awards of itself and its sub-categories (or, without a category, the
/// whole call) against its cap. 剩余额度 = cap − awarded; the cap is exceeded when more was awarded than it allows.
/// </summary>
public sealed record LedgerRow(LedgerCategory? Category, int Depth, decimal? Cap, LedgerFigures Figures)
{
    /// <summary>剩余额度; null without a cap.</summary>
    public decimal? Remaining => Cap is { } cap ? cap - Figures.Awarded : null;

    /// <summary>More awarded than the cap allows (only data from before the checks could do that).</summary>
    public bool CapExceeded => Cap is { } cap && Figures.Awarded > cap;
}
