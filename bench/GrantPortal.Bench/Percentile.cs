namespace GrantPortal.Bench;

/// <summary>The nearest-rank percentile every bench reports.</summary>
internal static class Percentile
{
    /// <summary>The <paramref name="p"/>-th percentile (0–100) of <paramref name="sorted"/> (ascending); NaN when empty.</summary>
    public static double Of(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
