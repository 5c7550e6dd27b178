namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>
/// 评分标准化: so that a harsh or a lenient reviewer does not decide the outcome, each reviewer's totals are measured
/// against their own mean and spread and put back onto the scale of the whole pool:
/// <code>z = (x − mean_r) / sd_r;  normalised = mean_pool + z × sd_pool</code>
/// where the means and (population, divide-by-n) standard deviations are taken over every total in the pool (one call)
/// and over each reviewer's own totals in it. Edge cases, chosen so that nothing is invented:
/// <list type="bullet">
/// <item>a reviewer with one total: nothing to measure their harshness against, the total is kept as given;</item>
/// <item>a reviewer with several totals, all equal (zero spread): z = 0, every total maps to the pool mean (they did not
/// prefer any application, and their level is removed);</item>
/// <item>a pool with fewer than two totals or no spread: everything is kept as given.</item>
/// </list>
/// Results are clamped to 0–100 and rounded to two decimals (half away from zero).
/// </summary>
public static class ScoreNormaliser
{
    public static NormalisedScores Normalise(IReadOnlyList<RankingScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var values = new Dictionary<(Guid, Guid), decimal>(scores.Count);
        var scales = new Dictionary<Guid, ReviewerScale>();
        var (poolMean, poolSd) = MeanAndDeviation(scores.Select(s => s.Total).ToList());
        var poolFlat = scores.Count < 2 || poolSd == 0m;
        foreach (var reviewer in scores.GroupBy(s => s.ExpertId))
        {
            var totals = reviewer.Select(s => s.Total).ToList();
            var (mean, sd) = MeanAndDeviation(totals);
            var handling = poolFlat ? ReviewerScaleHandling.KeptPoolFlat
                : totals.Count < 2 ? ReviewerScaleHandling.KeptSingle
                : sd == 0m ? ReviewerScaleHandling.ShiftedFlat
                : ReviewerScaleHandling.Rescaled;
            scales[reviewer.Key] = new ReviewerScale(reviewer.Key, totals.Count, Round(mean), Round(sd), handling);
            foreach (var score in reviewer)
            {
                var value = handling switch
                {
                    ReviewerScaleHandling.Rescaled => poolMean + (score.Total - mean) / sd * poolSd,
                    ReviewerScaleHandling.ShiftedFlat => poolMean,
                    _ => score.Total,
                };
                values[(score.ApplicationId, score.ExpertId)] = Round(Math.Clamp(value, 0m, 100m));
            }
        }
        return new NormalisedScores(values, scales, Round(poolMean), Round(poolSd));
    }

    /// <summary>The mean and the population standard deviation (0 and 0 for no values).</summary>
    public static (decimal Mean, decimal StandardDeviation) MeanAndDeviation(IReadOnlyCollection<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return (0m, 0m);
        }
        var mean = values.Sum() / values.Count;
        var variance = values.Sum(v => (v - mean) * (v - mean)) / values.Count;
        return (mean, (decimal)Math.Sqrt((double)variance));
    }

    internal static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
