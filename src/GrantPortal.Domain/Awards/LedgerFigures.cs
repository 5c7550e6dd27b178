namespace GrantPortal.Domain.Awards;

/// <summary>
/// The money of one award or of a group of awards, in yuan: 立项金额, 已拨付, 未拨付 (planned or due), 已取消, 应追回,
/// 已追回. For every award Awarded = Paid + Outstanding + Cancelled.
/// </summary>
public sealed record LedgerFigures(int Awards, decimal Awarded, decimal Paid, decimal Outstanding, decimal Cancelled, decimal ToRecover, decimal Recovered)
{
    public static readonly LedgerFigures Zero = new(0, 0m, 0m, 0m, 0m, 0m, 0m);

    /// <summary>待追回: still to come back.</summary>
    public decimal StillToRecover => ToRecover - Recovered;

    /// <summary>The figures of one award.</summary>
    public static LedgerFigures Of(Award award)
    {
        ArgumentNullException.ThrowIfNull(award);
        return new(1, award.Amount, award.Paid, award.Outstanding, award.Cancelled, award.ToRecover, award.Recovered);
    }

    public LedgerFigures Plus(LedgerFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Awards + other.Awards, Awarded + other.Awarded, Paid + other.Paid, Outstanding + other.Outstanding, Cancelled + other.Cancelled,
            ToRecover + other.ToRecover, Recovered + other.Recovered);
    }
}
