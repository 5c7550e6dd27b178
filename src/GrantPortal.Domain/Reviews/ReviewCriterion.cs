namespace GrantPortal.Domain.Reviews;

/// <summary>
/// 评分指标: one line of a review form. The expert gives 0 … <see cref="MaxScore"/> points (one decimal at most); the
/// points count towards the total out of 100 in proportion to <see cref="Weight"/> (a percentage; a form's weights sum to 100).
/// </summary>
public sealed record ReviewCriterion
{
    /// <summary>Stable key the scores are stored under (letters, digits, '-' and '_').</summary>
    public string Key { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>评分要点: what the expert should look at.</summary>
    public string? Description { get; init; }
    /// <summary>权重, percent (0 &lt; weight ≤ 100, at most two decimals).</summary>
    public decimal Weight { get; init; }
    /// <summary>满分 (&gt; 0, at most one decimal).</summary>
    public decimal MaxScore { get; init; }

    /// <summary>What <paramref name="points"/> on this criterion add to the total: points ÷ max × weight, exact (not rounded).</summary>
    public decimal Contribution(decimal points) => points * Weight / MaxScore;
}
