namespace GrantPortal.Domain.Common;

/// <summary>Money is yuan as <see cref="decimal"/> with two places (分). Splits add up exactly to the whole.</summary>
public static class Money
{
    public static decimal Round(decimal yuan) => Math.Round(yuan, 2, MidpointRounding.ToEven);

    public static bool HasAtMostTwoDecimals(decimal yuan) => yuan == Math.Round(yuan, 2);

    /// <summary>Splits <paramref name="total"/> by non-negative percentages (summing to 100): every part is rounded down to the fen, the last part takes the remainder.</summary>
    public static IReadOnlyList<decimal> Split(decimal total, IReadOnlyList<decimal> percents)
    {
        ArgumentNullException.ThrowIfNull(percents);
        // A negative share (150% then -50%) sums to 100 but would pay a negative part.
        if (percents.Count == 0 || percents.Sum() != 100m || percents.Any(p => p < 0))
        {
            throw new ArgumentException("Percentages must be non-negative and sum to 100.", nameof(percents));
        }
        if (!HasAtMostTwoDecimals(total) || total < 0)
        {
            throw new ArgumentException("Total must be non-negative yuan with at most two decimals.", nameof(total));
        }
        var parts = new decimal[percents.Count];
        var allocated = 0m;
        for (var i = 0; i < percents.Count - 1; i++)
        {
            parts[i] = Math.Floor(total * percents[i] / 100m * 100m) / 100m;
            allocated += parts[i];
        }
        parts[^1] = total - allocated;
        return parts;
    }
}
