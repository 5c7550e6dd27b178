using GrantPortal.Domain.Reviews;
using GrantPortal.Domain.Reviews.Ranking;
using static GrantPortal.Domain.Tests.Reviews.Ranking.RankingFixtures;

namespace GrantPortal.Domain.Tests.Reviews.Ranking;

public class ScoreSummaryTests
{
    [Fact]
    public void Build_ThreeReviewers_MeanPerTypeSpreadAndSuggestedAmount()
    {
        // Totals 70 + 82 + 91 = 243 / 3 = 81; spread 91 − 70 = 21 > 20 → disagreement.
        // Technical mean (70 + 91) / 2 = 80.5; financial 82. Suggested (40000 + 45000) / 2 = 42500 (the third gave none).
        var call = NewCall();
        var node = call.AddCategory(null, "1", "学术交流");
        var candidate = Candidate(node, "N-1");
        var scores = new List<RankingScore>
        {
            Score(candidate, Guid.NewGuid(), 70m, ReviewRecommendation.DoNotSupport, 40000m),
            Score(candidate, Guid.NewGuid(), 82m, ReviewRecommendation.Support, 45000m, ExpertType.Financial),
            Score(candidate, Guid.NewGuid(), 91m, ReviewRecommendation.Support),
        };

        var summary = Line(CallRanking.Build(call, [candidate], scores, RankingOptions.Default), candidate).Scores;

        Assert.Equal(81m, summary.Mean);
        Assert.Equal(21m, summary.Spread);
        Assert.True(summary.Disagreement);
        Assert.Equal(2, summary.SupportCount);
        Assert.Equal(80.5m, summary.MeanByType[ExpertType.Technical]);
        Assert.Equal(82m, summary.MeanByType[ExpertType.Financial]);
        Assert.Equal(42500m, summary.MeanSuggestedAmount);
    }

    [Theory]
    [InlineData(20, false)]
    [InlineData(15, true)]
    public void Build_SpreadOfTwenty_FlaggedOnlyAboveTheThreshold(int threshold, bool flagged)
    {
        var call = NewCall();
        var node = call.AddCategory(null, "1", "学术交流");
        var candidate = Candidate(node, "N-1");
        var scores = new List<RankingScore> { Score(candidate, Guid.NewGuid(), 70m), Score(candidate, Guid.NewGuid(), 90m) };

        var ranking = CallRanking.Build(call, [candidate], scores, RankingOptions.Default with { DisagreementThreshold = threshold });

        Assert.Equal(flagged, Line(ranking, candidate).Scores.Disagreement);
    }

    [Fact]
    public void Build_MeanRoundedToTwoDecimals()
    {
        // (80 + 81 + 81) / 3 = 80.6667 → 80.67.
        var call = NewCall();
        var node = call.AddCategory(null, "1", "学术交流");
        var candidate = Candidate(node, "N-1");
        var scores = new List<RankingScore> { Score(candidate, Guid.NewGuid(), 80m), Score(candidate, Guid.NewGuid(), 81m), Score(candidate, Guid.NewGuid(), 81m) };

        Assert.Equal(80.67m, Line(CallRanking.Build(call, [candidate], scores, RankingOptions.Default), candidate).Scores.Mean);
    }
}
