using GrantPortal.Domain.Reviews.Ranking;
using static GrantPortal.Domain.Tests.Reviews.Ranking.RankingFixtures;

namespace GrantPortal.Domain.Tests.Reviews.Ranking;

public class ScoreNormaliserTests
{
    private static readonly Guid Harsh = Guid.NewGuid();
    private static readonly Guid Lenient = Guid.NewGuid();

    [Fact]
    public void Normalise_HarshAndLenientReviewer_MatchesHandComputedFigures()
    {
        // Reviewer A (harsh): 60, 70, 80 → mean 70, sd = √((100+0+100)/3) = 8.16497.
        // Reviewer B (lenient): 80, 85, 90 → mean 85, sd = √((25+0+25)/3) = 4.08248.
        // Pool: 60 70 80 80 85 90 → mean 465/6 = 77.5; squared deviations 306.25+56.25+6.25+6.25+56.25+156.25 = 587.5,
        // /6 = 97.91667, sd = 9.89529.
        // A 60: z = −10/8.16497 = −1.224745 → 77.5 − 1.224745 × 9.89529 = 77.5 − 12.11921 = 65.38
        // A 70: z = 0 → 77.5;   A 80: z = +1.224745 → 89.62
        // B 80: z = −5/4.08248 = −1.224745 → 65.38;   B 85 → 77.5;   B 90 → 89.62
        var apps = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToArray();
        var scores = new List<RankingScore>
        {
            new(apps[0], Harsh, Domain.Reviews.ExpertType.Technical, 60m, Domain.Reviews.ReviewRecommendation.Support, null),
            new(apps[1], Harsh, Domain.Reviews.ExpertType.Technical, 70m, Domain.Reviews.ReviewRecommendation.Support, null),
            new(apps[2], Harsh, Domain.Reviews.ExpertType.Technical, 80m, Domain.Reviews.ReviewRecommendation.Support, null),
            new(apps[3], Lenient, Domain.Reviews.ExpertType.Technical, 80m, Domain.Reviews.ReviewRecommendation.Support, null),
            new(apps[4], Lenient, Domain.Reviews.ExpertType.Technical, 85m, Domain.Reviews.ReviewRecommendation.Support, null),
            new(apps[5], Lenient, Domain.Reviews.ExpertType.Technical, 90m, Domain.Reviews.ReviewRecommendation.Support, null),
        };

        var result = ScoreNormaliser.Normalise(scores);

        Assert.Equal(77.5m, result.PoolMean);
        Assert.Equal(9.9m, result.PoolStandardDeviation);
        Assert.Equal(65.38m, result.Of(apps[0], Harsh));
        Assert.Equal(77.5m, result.Of(apps[1], Harsh));
        Assert.Equal(89.62m, result.Of(apps[2], Harsh));
        Assert.Equal(65.38m, result.Of(apps[3], Lenient));
        Assert.Equal(77.5m, result.Of(apps[4], Lenient));
        Assert.Equal(89.62m, result.Of(apps[5], Lenient));
        Assert.Equal(70m, result.Scales[Harsh].Mean);
        Assert.Equal(8.16m, result.Scales[Harsh].StandardDeviation);
        Assert.Equal(ReviewerScaleHandling.Rescaled, result.Scales[Lenient].Handling);
    }

    [Fact]
    public void Normalise_ReviewerWithOneScore_KeptAsGiven()
    {
        var apps = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();
        var single = Guid.NewGuid();
        var scores = new List<RankingScore>
        {
            new(apps[0], Harsh, Domain.Reviews.ExpertType.Technical, 60m, Domain.Reviews.ReviewRecommendation.Support, null),
            new(apps[1], Harsh, Domain.Reviews.ExpertType.Technical, 80m, Domain.Reviews.ReviewRecommendation.Support, null),
            new(apps[2], single, Domain.Reviews.ExpertType.Financial, 95m, Domain.Reviews.ReviewRecommendation.Support, null),
        };

        var result = ScoreNormaliser.Normalise(scores);

        Assert.Equal(95m, result.Of(apps[2], single));
        Assert.Equal(ReviewerScaleHandling.KeptSingle, result.Scales[single].Handling);
    }

    [Fact]
    public void Normalise_ReviewerWithNoSpread_MapsToPoolMean()
    {
        // Pool 60, 80, 70, 70 → mean 70; the flat reviewer gave 70 and 70: both map to 70 (here equal by chance),
        // so use a flat reviewer at 50: pool 60, 80, 50, 50 → mean 60; the flat reviewer's 50s become 60.
        var apps = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToArray();
        var flat = Guid.NewGuid();
        var scores = new List<RankingScore>
        {
            new(apps[0], Harsh, Domain.Reviews.ExpertType.Technical, 60m, Domain.Reviews.ReviewRecommendation.Support, null),
            new(apps[1], Harsh, Domain.Reviews.ExpertType.Technical, 80m, Domain.Reviews.ReviewRecommendation.Support, null),
            new(apps[2], flat, Domain.Reviews.ExpertType.Technical, 50m, Domain.Reviews.ReviewRecommendation.Support, null),
            new(apps[3], flat, Domain.Reviews.ExpertType.Technical, 50m, Domain.Reviews.ReviewRecommendation.Support, null),
        };

        var result = ScoreNormaliser.Normalise(scores);

        Assert.Equal(60m, result.Of(apps[2], flat));
        Assert.Equal(60m, result.Of(apps[3], flat));
        Assert.Equal(ReviewerScaleHandling.ShiftedFlat, result.Scales[flat].Handling);
        // Harsh: 60, 80 → mean 70, sd 10; pool sd: deviations 0, 20, −10, −10 → (0+400+100+100)/4 = 150, sd 12.2474.
        // 60 → 60 − 12.2474 = 47.75; 80 → 72.25.
        Assert.Equal(47.75m, result.Of(apps[0], Harsh));
        Assert.Equal(72.25m, result.Of(apps[1], Harsh));
    }

    [Fact]
    public void Normalise_PoolWithoutSpread_KeptAsGiven()
    {
        var apps = Enumerable.Range(0, 2).Select(_ => Guid.NewGuid()).ToArray();
        var scores = new List<RankingScore>
        {
            new(apps[0], Harsh, Domain.Reviews.ExpertType.Technical, 75m, Domain.Reviews.ReviewRecommendation.Support, null),
            new(apps[1], Lenient, Domain.Reviews.ExpertType.Technical, 75m, Domain.Reviews.ReviewRecommendation.Support, null),
        };

        var result = ScoreNormaliser.Normalise(scores);

        Assert.Equal(75m, result.Of(apps[0], Harsh));
        Assert.Equal(ReviewerScaleHandling.KeptPoolFlat, result.Scales[Lenient].Handling);
    }

    [Fact]
    public void Normalise_NoScores_Empty()
    {
        var result = ScoreNormaliser.Normalise([]);

        Assert.Empty(result.Scales);
        Assert.Equal(0m, result.PoolMean);
    }

    [Fact]
    public void Build_Normalised_HarshReviewersFavouriteOvertakesLenientReviewersMiddle()
    {
        // One category, six applications; A scores 0-2 (60, 70, 80), B scores 3-5 (80, 85, 90).
        // As given, B's 85 (app 4) is above A's 80 (app 2); normalised, A's 80 → 89.62 beats B's 85 → 77.5.
        var call = NewCall();
        var node = call.AddCategory(null, "1", "学术交流");
        var candidates = Enumerable.Range(1, 6).Select(i => Candidate(node, $"N-{i}")).ToList();
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var scores = new List<RankingScore>
        {
            Score(candidates[0], a, 60m), Score(candidates[1], a, 70m), Score(candidates[2], a, 80m),
            Score(candidates[3], b, 80m), Score(candidates[4], b, 85m), Score(candidates[5], b, 90m),
        };

        var raw = CallRanking.Build(call, candidates, scores, RankingOptions.Default);
        var normalised = CallRanking.Build(call, candidates, scores, RankingOptions.Default with { Normalise = true });

        Assert.True(Line(raw, candidates[4]).Rank < Line(raw, candidates[2]).Rank);
        Assert.True(Line(normalised, candidates[2]).Rank < Line(normalised, candidates[4]).Rank);
        Assert.Equal(89.62m, Line(normalised, candidates[2]).RankingScore);
    }
}
