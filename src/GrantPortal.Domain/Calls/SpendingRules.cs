namespace GrantPortal.Domain.Calls;

/// <summary>经费使用规定: limits on how the money is spent.</summary>
public sealed record SpendingRules
{
    /// <summary>差旅支出比例上限 (Guangxi 2023-2: 50).</summary>
    public decimal? MaxTravelPercent { get; init; }
    public IReadOnlyList<ProhibitedSpending> Prohibited { get; init; } = [];
    public IReadOnlyList<string> Notes { get; init; } = [];
}
