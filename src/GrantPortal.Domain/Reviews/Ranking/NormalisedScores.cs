namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>The result of <see cref="ScoreNormaliser.Normalise"/>: every total on the pool's scale, and each reviewer's scale.</summary>
public sealed class NormalisedScores
{
    private readonly Dictionary<(Guid ApplicationId, Guid ExpertId), decimal> _values;

    internal NormalisedScores(
        Dictionary<(Guid ApplicationId, Guid ExpertId), decimal> values, IReadOnlyDictionary<Guid, ReviewerScale> scales, decimal poolMean, decimal poolStandardDeviation)
    {
        _values = values;
        Scales = scales;
        PoolMean = poolMean;
        PoolStandardDeviation = poolStandardDeviation;
    }

    /// <summary>Each reviewer's scale, by expert id.</summary>
    public IReadOnlyDictionary<Guid, ReviewerScale> Scales { get; }

    /// <summary>The mean of every total in the pool.</summary>
    public decimal PoolMean { get; }

    /// <summary>The population standard deviation of every total in the pool.</summary>
    public decimal PoolStandardDeviation { get; }

    /// <summary>The normalised total the expert gave the application (two decimals, 0–100).</summary>
    public decimal Of(Guid applicationId, Guid expertId) => _values[(applicationId, expertId)];
}
