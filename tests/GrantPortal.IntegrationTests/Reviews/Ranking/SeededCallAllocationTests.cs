using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Reviews;
using GrantPortal.Domain.Reviews.Ranking;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Seeding;

namespace GrantPortal.IntegrationTests.Reviews.Ranking;

/// <summary>
/// The allocation on the seeded calls' real trees (no database): many scored applications per sub-type, and every
/// quota maximum and cap, at every level, holds; Hunan 2022 checked figure by figure.
/// </summary>
public sealed class SeededCallAllocationTests
{
    private static readonly DateTimeOffset Now = new(2025, 7, 1, 2, 0, 0, TimeSpan.Zero);

    private static GrantCall Seeded(string file, string tenant)
    {
        var json = SeedData.Calls().Single(c => c.Name == file).Json;
        var association = new Association(Guid.NewGuid(), tenant, tenant, tenant, tenant, tenant[..2].ToUpperInvariant());
        return CallDefinitionImporter.Import(json, association, Now, publish: true).Call!;
    }

    /// <summary>For every applicable category, <paramref name="perGroup"/> applications per sub-type (or for itself), scored 40–99, requesting the rule's maximum.</summary>
    private static (List<RankingCandidate> Candidates, List<RankingScore> Scores) Applications(GrantCall call, int perGroup)
    {
        var candidates = new List<RankingCandidate>();
        var scores = new List<RankingScore>();
        var random = new Random(42);
        var experts = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        foreach (var category in call.AllCategories.Where(c => c.IsApplicable))
        {
            List<string?> groups = category.Children.Count == 0 ? [null] : category.Children.Select(c => (string?)c.Code).ToList();
            foreach (var code in groups)
            {
                for (var i = 0; i < perGroup; i++)
                {
                    var rule = code is null ? category.EffectiveAmountRule : category.Children.Single(c => c.Code == code).EffectiveAmountRule;
                    var candidate = new RankingCandidate(
                        Guid.NewGuid(), category.Id, $"{category.Code}-{code}-{i:000}", "项目", "单位", rule?.Max ?? 50000m, Now.AddMinutes(i),
                        code is null ? [] : [code]);
                    candidates.Add(candidate);
                    foreach (var expert in experts.Take(3))
                    {
                        scores.Add(new RankingScore(candidate.ApplicationId, expert, ExpertType.Technical, random.Next(40, 100), ReviewRecommendation.Support, null));
                    }
                }
            }
        }
        return (candidates, scores);
    }

    [Theory]
    [InlineData("hunan-2022.json", "hunan")]
    [InlineData("xinjiang-2025.json", "xinjiang")]
    [InlineData("guangxi-2023.json", "guangxi")]
    [InlineData("shanxi-2021.json", "shanxi")]
    public void Allocation_SeededCall_EveryQuotaAndCapHoldsAtEveryLevel(string file, string tenant)
    {
        var call = Seeded(file, tenant);
        var (candidates, scores) = Applications(call, 12);

        var ranking = CallRanking.Build(call, candidates, scores, RankingOptions.Default);

        Assert.Equal(candidates.Count, ranking.Lines.Count());
        Assert.True(ranking.FundedCount > 0);
        foreach (var total in ranking.Totals)
        {
            Assert.True(total.Quota.Max is not { } max || total.Count <= max, $"{total.Node.Code}: {total.Count} > quota {total.Quota}");
            Assert.True(total.Cap is not { } cap || total.Sum <= cap, $"{total.Node.Code}: {total.Sum} > cap {total.Cap}");
        }
        var limits = DecisionLimits.From(ranking);
        Assert.Empty(limits.Breaches(ranking.Lines.Where(l => l.Outcome == FundingOutcome.Funded).Select(l => (l.Candidate.ApplicationId, l.ProposedAmount!.Value))));
        Assert.All(ranking.Lines.Where(l => l.Outcome == FundingOutcome.Funded), l => Assert.Null(l.Placement.AmountProblem(l.ProposedAmount!.Value)));
    }

    [Fact]
    public void Allocation_Hunan2022_FillsEveryTierAtTheNoticesFigures()
    {
        // Hunan 2022 with 12 applications per sub-type, each asking the maximum of its rule:
        // 1   第24届年会: 5–8 projects, 5–10万, cap 50万 → 5 × 10万 = 50万 (the 6th would exceed the cap).
        // 2-1 论坛/市州行: 4 projects at 10万 (cap 40万), sub-types without quotas: rounds alternate 2-1-1, 2-1-2 → 2 + 2.
        // 2-2 联盟建设: 4 (3 + 1) at 20–30万, cap 100万: 3 × 30万 = 90万, the 4th (2-2-2's first, after 2-2-1's first
        //     in round 1) fits at 30万? 2-2-1 #1 30万, 2-2-2 #1 60万, 2-2-1 #2 90万, 2-2-1 #3 would make 120万 → passed over.
        // 2-3 湖南中心: 1 × 60万.
        // 3-1 学术交流: 10 (4 + 5 + 1) at ≤10万, cap 80万 → 8 projects fit.
        // 3-2 科技服务: 10 (5 + 5) at 10万, cap 100万 → 10.  3-3 学会建设: 14 (3+3+4+3+1) at ≤20万, cap 100万 → 5.
        // 3-4 会地合作: 3 at 10万 (cap 30万) → 3.
        var call = Seeded("hunan-2022.json", "hunan");
        var (candidates, scores) = Applications(call, 12);

        var ranking = CallRanking.Build(call, candidates, scores, RankingOptions.Default);

        var totals = ranking.Totals.ToDictionary(t => t.Node.Code);
        Assert.Equal((5, 500000m), (totals["1"].Count, totals["1"].Sum));
        Assert.Equal((4, 400000m), (totals["2-1"].Count, totals["2-1"].Sum));
        Assert.Equal((2, 2), (totals["2-1-1"].Count, totals["2-1-2"].Count));
        Assert.Equal((3, 900000m), (totals["2-2"].Count, totals["2-2"].Sum));
        Assert.Equal((2, 1), (totals["2-2-1"].Count, totals["2-2-2"].Count));
        Assert.Equal((1, 600000m), (totals["2-3"].Count, totals["2-3"].Sum));
        Assert.Equal(1900000m, totals["2"].Sum);
        Assert.Equal((8, 800000m), (totals["3-1"].Count, totals["3-1"].Sum));
        Assert.Equal((10, 1000000m), (totals["3-2"].Count, totals["3-2"].Sum));
        Assert.Equal((5, 1000000m), (totals["3-3"].Count, totals["3-3"].Sum));
        Assert.Equal((3, 300000m), (totals["3-4"].Count, totals["3-4"].Sum));
        Assert.Equal(3100000m, totals["3"].Sum);
        // Every sub-type quota is respected (3-1-3 科技期刊建设: exactly 1 at most).
        Assert.True(totals["3-1-3"].Count <= 1);
        // Groups are the sub-types, in the tree's order.
        Assert.Equal(["1", "2-1-1", "2-1-2", "2-2-1", "2-2-2", "2-3"], ranking.Groups.Take(6).Select(g => g.Node.Code));
        // Passed-over applications that fit nowhere are reserves, three per group at most.
        Assert.All(ranking.Groups, g => Assert.True(g.Lines.Count(l => l.Outcome == FundingOutcome.Reserve) <= 3));
    }
}
