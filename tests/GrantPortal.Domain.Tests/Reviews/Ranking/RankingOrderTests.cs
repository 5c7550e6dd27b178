using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Reviews;
using GrantPortal.Domain.Reviews.Ranking;
using static GrantPortal.Domain.Tests.Reviews.Ranking.RankingFixtures;

namespace GrantPortal.Domain.Tests.Reviews.Ranking;

/// <summary>The documented tie-break: mean, then 建议资助 count, then lower request, then earlier submission, then number.</summary>
public class RankingOrderTests
{
    [Fact]
    public void Build_HigherMeanFirst()
    {
        var call = NewCall();
        var node = call.AddCategory(null, "1", "学术交流");
        var low = Candidate(node, "N-1");
        var high = Candidate(node, "N-2");

        var ranking = CallRanking.Build(call, [low, high], Scores([low, high], 70m, 90m), RankingOptions.Default);

        Assert.Equal([high.ApplicationId, low.ApplicationId], ranking.Groups.Single().Lines.Select(l => l.Candidate.ApplicationId));
        Assert.Equal([1, 2], ranking.Groups.Single().Lines.Select(l => l.Rank!.Value));
    }

    [Fact]
    public void Build_SameMean_MoreSupportRecommendationsFirst()
    {
        var call = NewCall();
        var node = call.AddCategory(null, "1", "学术交流");
        var a = Candidate(node, "N-1");
        var b = Candidate(node, "N-2");
        var e1 = Guid.NewGuid();
        var e2 = Guid.NewGuid();
        var scores = new List<RankingScore>
        {
            Score(a, e1, 80m, ReviewRecommendation.Support), Score(a, e2, 80m, ReviewRecommendation.SupportWithChanges),
            Score(b, e1, 80m, ReviewRecommendation.Support), Score(b, e2, 80m, ReviewRecommendation.Support),
        };

        var ranking = CallRanking.Build(call, [a, b], scores, RankingOptions.Default);

        Assert.Equal(b.ApplicationId, ranking.Groups.Single().Lines[0].Candidate.ApplicationId);
    }

    [Fact]
    public void Build_SameMeanAndSupport_LowerRequestFirst_ThenEarlierSubmission_ThenNumber()
    {
        var call = NewCall();
        var node = call.AddCategory(null, "1", "学术交流");
        var dear = Candidate(node, "N-1", 50000m, minute: 0);
        var cheapLate = Candidate(node, "N-2", 30000m, minute: 10);
        var cheapEarlyB = Candidate(node, "N-4", 30000m, minute: 5);
        var cheapEarlyA = Candidate(node, "N-3", 30000m, minute: 5);
        var all = new List<RankingCandidate> { dear, cheapLate, cheapEarlyB, cheapEarlyA };

        var ranking = CallRanking.Build(call, all, Scores(all, 85m, 85m, 85m, 85m), RankingOptions.Default);

        Assert.Equal(["N-3", "N-4", "N-2", "N-1"], ranking.Groups.Single().Lines.Select(l => l.Candidate.Number));
    }

    [Fact]
    public void Build_WithoutScores_LastWithoutRankAndNotFunded()
    {
        var call = NewCall();
        var node = call.AddCategory(null, "1", "学术交流");
        node.SetFunding(null, Quota.Range(1, 5), AmountRule.Range(10000m, 50000m), false);
        var scored = Candidate(node, "N-2");
        var unscored = Candidate(node, "N-1");

        var ranking = CallRanking.Build(call, [unscored, scored], Scores([scored], 60m), RankingOptions.Default);

        var last = ranking.Groups.Single().Lines[^1];
        Assert.Equal(unscored.ApplicationId, last.Candidate.ApplicationId);
        Assert.Null(last.Rank);
        Assert.Equal(FundingOutcome.NotFunded, last.Outcome);
        Assert.Equal(FundingBlockKind.NoScores, last.Block!.Kind);
    }
}
