namespace GrantPortal.Domain.Awards;

/// <summary>One award as the ledger counts it: its category and its figures.</summary>
public sealed record LedgerEntry(Guid CategoryId, LedgerFigures Figures)
{
    public static LedgerEntry Of(Award award)
    {
        ArgumentNullException.ThrowIfNull(award);
        return new(award.CategoryId, LedgerFigures.Of(award));
    }
}
