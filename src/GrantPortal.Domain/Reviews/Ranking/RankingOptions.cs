namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>How a ranking is computed.</summary>
public sealed record RankingOptions
{
    public static readonly RankingOptions Default = new();

    /// <summary>Rank on each reviewer's totals normalised against their own mean and spread (see <see cref="ScoreNormaliser"/>).</summary>
    public bool Normalise { get; init; }

    /// <summary>意见分歧: flagged when the highest and lowest total of one application differ by more than this many points.</summary>
    public decimal DisagreementThreshold { get; init; } = 20m;

    /// <summary>候补: how many unfunded applications of each ranking group are listed as reserves, in rank order.</summary>
    public int ReserveSize { get; init; } = 3;

    /// <summary>及格线: an application whose ranking score is below this is never funded; null for none.</summary>
    public decimal? MinimumScore { get; init; }
}
