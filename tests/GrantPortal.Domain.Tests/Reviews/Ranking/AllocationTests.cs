using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Reviews.Ranking;
using static GrantPortal.Domain.Tests.Reviews.Ranking.RankingFixtures;

namespace GrantPortal.Domain.Tests.Reviews.Ranking;

public class AllocationTests
{
    [Fact]
    public void Build_ExactQuota_FundsInRankOrderAndListsTheRestAsReserves()
    {
        var call = NewCall();
        var node = call.AddCategory(null, "1", "学术交流");
        node.SetFunding(null, Quota.Exact(2), AmountRule.Range(10000m, 50000m), false);
        var all = Enumerable.Range(1, 5).Select(i => Candidate(node, $"N-{i}", 30000m)).ToList();

        var ranking = CallRanking.Build(call, all, Scores(all, 70m, 90m, 80m, 60m, 50m), RankingOptions.Default with { ReserveSize = 2 });

        var lines = ranking.Groups.Single().Lines;
        Assert.Equal(["N-2", "N-3", "N-1", "N-4", "N-5"], lines.Select(l => l.Candidate.Number));
        Assert.Equal([FundingOutcome.Funded, FundingOutcome.Funded, FundingOutcome.Reserve, FundingOutcome.Reserve, FundingOutcome.NotFunded], lines.Select(l => l.Outcome));
        Assert.Equal([null, null, 1, 2, null], lines.Select(l => l.ReserveOrder));
        Assert.Equal(FundingBlockKind.QuotaFull, lines[2].Block!.Kind);
        Assert.Equal(60000m, ranking.FundedSum);
    }

    [Fact]
    public void Build_ApplicationOverTheCap_SkippedAndTheNextThatFitsFunded()
    {
        // Cap 10万. A 6万 → 6万; B 5万 would make 11万 > 10万: passed over (reserve 1); C 4万 → 10万 exactly; D 3万 → 13万: reserve 2.
        var call = NewCall();
        var node = call.AddCategory(null, "1", "学术交流");
        node.SetFunding(100000m, Quota.Range(1, 5), AmountRule.Range(10000m, 60000m), false);
        var a = Candidate(node, "A", 60000m);
        var b = Candidate(node, "B", 50000m);
        var c = Candidate(node, "C", 40000m);
        var d = Candidate(node, "D", 30000m);

        var ranking = CallRanking.Build(call, [a, b, c, d], Scores([a, b, c, d], 90m, 85m, 80m, 75m), RankingOptions.Default);

        Assert.Equal(FundingOutcome.Funded, Line(ranking, a).Outcome);
        Assert.Equal(FundingOutcome.Reserve, Line(ranking, b).Outcome);
        Assert.Equal(new FundingBlock(node, FundingBlockKind.CapExceeded, 60000m, 100000m), Line(ranking, b).Block);
        Assert.Equal(FundingOutcome.Funded, Line(ranking, c).Outcome);
        Assert.Equal(2, Line(ranking, d).ReserveOrder);
        var total = ranking.Totals.Single();
        Assert.Equal(2, total.Count);
        Assert.Equal(100000m, total.Sum);
        Assert.Equal(0m, total.Remaining);
    }

    [Fact]
    public void Build_SharedParentCap_WalksGroupsInRoundsSoTheFirstSubtypeDoesNotTakeEverything()
    {
        // P (cap 15万) with sub-types L1 and L2, each up to 3 at 5万. L1 scores 95, 90, 85; L2 70, 60.
        // Round 1: L1's 1st (5万), L2's 1st (10万). Round 2: L1's 2nd (15万), L2's 2nd would make 20万: passed over.
        // Round 3: L1's 3rd passed over. A walk group by group would have funded all three of L1 and none of L2.
        var call = NewCall();
        var parent = call.AddCategory(null, "P", "项目");
        parent.SetFunding(150000m, Quota.None, AmountRule.Fixed(50000m), false);
        var l1 = call.AddCategory(parent, "P-1", "子类一");
        l1.SetFunding(null, Quota.Range(1, 3), null, false);
        var l2 = call.AddCategory(parent, "P-2", "子类二");
        l2.SetFunding(null, Quota.Range(1, 3), null, false);
        var a1 = Candidate(parent, "A1", 50000m, 0, "P-1");
        var a2 = Candidate(parent, "A2", 50000m, 0, "P-1");
        var a3 = Candidate(parent, "A3", 50000m, 0, "P-1");
        var b1 = Candidate(parent, "B1", 50000m, 0, "P-2");
        var b2 = Candidate(parent, "B2", 50000m, 0, "P-2");
        var all = new List<RankingCandidate> { a1, a2, a3, b1, b2 };

        var ranking = CallRanking.Build(call, all, Scores(all, 95m, 90m, 85m, 70m, 60m), RankingOptions.Default);

        Assert.Equal([l1, l2], ranking.Groups.Select(g => g.Node));
        Assert.Equal(["A1", "A2", "B1"], ranking.Lines.Where(l => l.Outcome == FundingOutcome.Funded).Select(l => l.Candidate.Number).Order());
        Assert.Equal(parent, Line(ranking, b2).Block!.Node);
        var totals = ranking.Totals.ToDictionary(t => t.Node.Code);
        Assert.Equal(150000m, totals["P"].Sum);
        Assert.Equal(2, totals["P-1"].Count);
        Assert.Equal(100000m, totals["P-1"].Sum);
        Assert.Equal(1, totals["P-2"].Count);
    }

    [Fact]
    public void Build_GrandparentCap_ChecksEveryAncestorLevel()
    {
        // G (cap 10万) over two applicable categories without caps of their own, 4万 each.
        // Round 1: X1 4万, Y1 8万. Round 2: X2 would make 12万 > 10万 at G: passed over; Y2 too.
        var call = NewCall();
        var grand = call.AddCategory(null, "G", "大类");
        grand.SetFunding(100000m, Quota.None, null, false);
        var x = call.AddCategory(grand, "G-1", "甲");
        x.SetFunding(null, Quota.None, AmountRule.Fixed(40000m), false);
        var y = call.AddCategory(grand, "G-2", "乙");
        y.SetFunding(null, Quota.None, AmountRule.Fixed(40000m), false);
        var x1 = Candidate(x, "X1");
        var x2 = Candidate(x, "X2");
        var y1 = Candidate(y, "Y1");
        var y2 = Candidate(y, "Y2");

        var ranking = CallRanking.Build(call, [x1, x2, y1, y2], Scores([x1, x2, y1, y2], 90m, 80m, 85m, 60m), RankingOptions.Default);

        Assert.Equal(FundingOutcome.Funded, Line(ranking, x1).Outcome);
        Assert.Equal(FundingOutcome.Funded, Line(ranking, y1).Outcome);
        Assert.Equal(new FundingBlock(grand, FundingBlockKind.CapExceeded, 80000m, 100000m), Line(ranking, x2).Block);
        Assert.Equal(FundingOutcome.Reserve, Line(ranking, y2).Outcome);
        Assert.Equal(80000m, ranking.Totals.Single(t => t.Node == grand).Sum);
    }

    [Fact]
    public void Build_XinjiangTiers_EachTierItsQuotaAtItsFixedAmount()
    {
        // XXJL-2025: 15 projects, 91万 = 2×10万 (国际性) + 3×7万 (全国性) + 10×5万 (全疆性).
        var call = NewCall();
        var exchange = call.AddCategory(null, "XXJL-2025", "重点学术交流活动");
        exchange.SetFunding(910000m, Quota.Exact(15), null, false);
        call.AddCategory(exchange, "XXJL-2025-1", "国际性学术活动").SetFunding(null, Quota.Exact(2), AmountRule.Fixed(100000m), false);
        call.AddCategory(exchange, "XXJL-2025-2", "全国性学术活动").SetFunding(null, Quota.Exact(3), AmountRule.Fixed(70000m), false);
        call.AddCategory(exchange, "XXJL-2025-3", "全疆性学术活动").SetFunding(null, Quota.Exact(10), AmountRule.Fixed(50000m), false);
        var all = new List<RankingCandidate>();
        all.AddRange(Enumerable.Range(1, 4).Select(i => Candidate(exchange, $"I-{i}", 100000m, 0, "XXJL-2025-1")));
        all.AddRange(Enumerable.Range(1, 5).Select(i => Candidate(exchange, $"N-{i}", 70000m, 0, "XXJL-2025-2")));
        all.AddRange(Enumerable.Range(1, 12).Select(i => Candidate(exchange, $"R-{i:00}", 50000m, 0, "XXJL-2025-3")));
        var scores = all.Select((c, i) => Score(c, Guid.NewGuid(), 60m + i)).ToList();

        var ranking = CallRanking.Build(call, all, scores, RankingOptions.Default);

        Assert.Equal([2, 3, 10], ranking.Groups.Select(g => g.FundedCount));
        Assert.Equal([200000m, 210000m, 500000m], ranking.Groups.Select(g => g.FundedSum));
        Assert.Equal(910000m, ranking.FundedSum);
        Assert.All(ranking.Totals, t => Assert.False(t.BelowQuota));
        // The best-scored of the tier are funded: 全疆性 R-12 (highest) first, R-01 and R-02 the lowest, reserves.
        Assert.Equal(["R-02", "R-01"], ranking.Groups[2].Lines.Where(l => l.Outcome == FundingOutcome.Reserve).Select(l => l.Candidate.Number));
    }

    [Fact]
    public void Build_BelowMinimumScore_NeverFundedNorReserve()
    {
        var call = NewCall();
        var node = call.AddCategory(null, "1", "学术交流");
        node.SetFunding(null, Quota.Range(1, 5), AmountRule.Range(10000m, 50000m), false);
        var good = Candidate(node, "N-1");
        var poor = Candidate(node, "N-2");

        var ranking = CallRanking.Build(call, [good, poor], Scores([good, poor], 75m, 55m), RankingOptions.Default with { MinimumScore = 60m });

        Assert.Equal(FundingOutcome.Funded, Line(ranking, good).Outcome);
        Assert.Equal(FundingOutcome.NotFunded, Line(ranking, poor).Outcome);
        Assert.Equal(FundingBlockKind.BelowMinimum, Line(ranking, poor).Block!.Kind);
    }

    [Fact]
    public void Build_FewerThanTheQuotaMinimum_TotalsShowTheShortfall()
    {
        var call = NewCall();
        var node = call.AddCategory(null, "1", "学术交流");
        node.SetFunding(null, Quota.Exact(4), AmountRule.Fixed(20000m), false);
        var only = Candidate(node, "N-1", 20000m);

        var ranking = CallRanking.Build(call, [only], Scores([only], 80m), RankingOptions.Default);

        Assert.True(ranking.Totals.Single().BelowQuota);
    }

    [Theory]
    [InlineData(60000d, 80000d, 50000d)] // suggested 6万 > max 5万 → 5万
    [InlineData(45000d, 30000d, 30000d)] // never more than requested
    [InlineData(null, 5000d, 10000d)] // requested below the minimum → raised to 1万
    [InlineData(null, null, 10000d)] // nothing to go by → the minimum
    [InlineData(22222.5d, 40000d, 22222.5d)]
    public void Propose_Range_ClampsIntoTheRule(double? suggested, double? requested, double expected)
    {
        var call = NewCall();
        var node = call.AddCategory(null, "1", "学术交流");
        node.SetFunding(null, Quota.None, AmountRule.Range(10000m, 50000m), false);

        var amount = CandidatePlacement.For(node, []).Propose((decimal?)suggested, (decimal?)requested);

        Assert.Equal((decimal)expected, amount);
    }

    [Fact]
    public void Propose_FixedConditionalAndUnpublished()
    {
        var call = NewCall();
        var fixedNode = call.AddCategory(null, "F", "固定");
        fixedNode.SetFunding(null, Quota.None, AmountRule.Fixed(100000m), false);
        var conditional = call.AddCategory(null, "C", "按条件");
        conditional.SetFunding(null, Quota.None, AmountRule.Conditional([new AmountOption("academicianKeynote", "院士报告", 30000m)], 20000m), false);
        var open = call.AddCategory(null, "O", "未公布");
        open.SetFunding(null, Quota.None, AmountRule.NotPublished, false);

        Assert.Equal(100000m, CandidatePlacement.For(fixedNode, []).Propose(50000m, 80000m));
        Assert.Equal(30000m, CandidatePlacement.For(conditional, []).Propose(null, 30000m));
        Assert.Equal(20000m, CandidatePlacement.For(conditional, []).Propose(null, 25000m));
        Assert.Equal(20000m, CandidatePlacement.For(open, []).Propose(30000m, 20000m));
        Assert.Equal(12345.68m, CandidatePlacement.For(open, []).Propose(12345.678m, null));
        Assert.Null(CandidatePlacement.For(open, []).Propose(null, null));
    }

    [Fact]
    public void Propose_CombinedSubtypes_SumOfTheirRules()
    {
        // Guangxi 2023-5: 5-1 fixed 1万 + 5-2 1–2万 → 2万–3万 together.
        var call = NewCall();
        var node = call.AddCategory(null, "2023-5", "企业（园区）科协建设");
        node.SetFunding(100000m, Quota.Range(7, 8), null, true);
        call.AddCategory(node, "2023-5-1", "推进企业科协组织建设").SetFunding(null, Quota.Exact(4), AmountRule.Fixed(10000m), false);
        call.AddCategory(node, "2023-5-2", "赋能企业科技创新发展").SetFunding(null, Quota.Range(1, 3), AmountRule.Range(10000m, 20000m), false);

        var placement = CandidatePlacement.For(node, ["2023-5-1", "2023-5-2"]);

        Assert.Equal(node, placement.RankingNode);
        Assert.Equal(3, placement.CountedNodes.Count);
        Assert.Equal(30000m, placement.Propose(null, 35000m));
        Assert.Equal(20000m, placement.Propose(null, 15000m));
        Assert.Null(placement.AmountProblem(25000m));
        Assert.Contains("20,000", placement.AmountProblem(15000m), StringComparison.Ordinal);
    }
}
