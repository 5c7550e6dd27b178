using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Reviews;
using GrantPortal.Domain.Reviews.Ranking;
using static GrantPortal.Domain.Tests.Reviews.Ranking.RankingFixtures;

namespace GrantPortal.Domain.Tests.Reviews.Ranking;

public class PanelDecisionTests
{
    private static readonly Guid Staff = Guid.NewGuid();

    private static (PanelDecision Decision, DecisionLimits Limits, List<RankingCandidate> Candidates) Setup()
    {
        // Quota up to 2, cap 8万, 2万–5万 each; requests 4万, 3万, 2万; scores 90, 80, 70 → the first two funded (7万).
        var call = NewCall();
        var node = call.AddCategory(null, "1", "学术交流");
        node.SetFunding(80000m, Quota.Range(1, 2), AmountRule.Range(20000m, 50000m), false);
        var all = new List<RankingCandidate> { Candidate(node, "N-1", 40000m), Candidate(node, "N-2", 30000m), Candidate(node, "N-3", 20000m) };
        var ranking = CallRanking.Build(call, all, Scores(all, 90m, 80m, 70m), RankingOptions.Default);
        var (decision, _) = PanelDecision.Start(call.TenantId, ranking, Staff, "staff@example.com", Now);
        return (decision, DecisionLimits.From(ranking), all);
    }

    [Fact]
    public void Start_FromTheAllocation()
    {
        var (decision, _, all) = Setup();

        Assert.Equal(1, decision.Version);
        Assert.Equal([(all[0].ApplicationId, 40000m), (all[1].ApplicationId, 30000m)], decision.Approved.ToList());
        Assert.Equal(1, decision.Lines.Single(l => l.ApplicationId == all[2].ApplicationId).ReserveOrder);
    }

    [Fact]
    public void Change_WithReason_RecordsBeforeAndAfter()
    {
        var (decision, limits, all) = Setup();

        var change = decision.Change(all[0].ApplicationId, true, 35000m, "评审委员会核减", 1, limits, Staff, "staff@example.com", Now);

        Assert.Equal(2, decision.Version);
        Assert.Equal((true, 40000m, true, 35000m), (change.BeforeApproved!.Value, change.BeforeAmount!.Value, change.AfterApproved!.Value, change.AfterAmount!.Value));
        Assert.Equal("评审委员会核减", change.Reason);
        Assert.Equal(2, change.Version);
        Assert.True(decision.Lines.Single(l => l.ApplicationId == all[0].ApplicationId).Changed);
    }

    [Fact]
    public void Change_WithoutReason_Refused()
    {
        var (decision, limits, all) = Setup();

        var error = Assert.Throws<DomainException>(() => decision.Change(all[0].ApplicationId, true, 35000m, " ", 1, limits, Staff, "s", Now));

        Assert.Equal("decision.reason_required", error.Code);
        Assert.Equal(1, decision.Version);
    }

    [Fact]
    public void Change_AmountOutsideTheRule_RefusedWithTheFigures()
    {
        var (decision, limits, all) = Setup();

        var error = Assert.Throws<DomainException>(() => decision.Change(all[0].ApplicationId, true, 60000m, "增加", 1, limits, Staff, "s", Now));

        Assert.Equal("decision.amount_rule", error.Code);
        Assert.Contains("60,000", error.Message, StringComparison.Ordinal);
        Assert.Contains("20,000–50,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Change_BreakingQuotaAndCap_RefusedWithTheFigures()
    {
        var (decision, limits, all) = Setup();

        // A third approval: 3 > 2 projects and 4万 + 3万 + 2万 = 9万 > 8万.
        var error = Assert.Throws<DomainException>(() => decision.Change(all[2].ApplicationId, true, 20000m, "增补", 1, limits, Staff, "s", Now));

        Assert.Equal("decision.limits", error.Code);
        Assert.Contains("资助 3 项，超过项目数量上限 2 项", error.Message, StringComparison.Ordinal);
        Assert.Contains("90,000 元，超过总额 80,000 元", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, decision.Approved.Count());
    }

    [Fact]
    public void Change_ReplacingOneByTheReserve_Allowed()
    {
        var (decision, limits, all) = Setup();

        decision.Change(all[1].ApplicationId, false, null, "申报单位放弃", 1, limits, Staff, "s", Now);
        decision.Change(all[2].ApplicationId, true, 20000m, "候补递补", 2, limits, Staff, "s", Now);

        Assert.Equal([all[0].ApplicationId, all[2].ApplicationId], decision.Approved.Select(a => a.ApplicationId));
    }

    [Fact]
    public void Change_FromAnOlderVersion_Refused()
    {
        var (decision, limits, all) = Setup();
        decision.Change(all[0].ApplicationId, true, 35000m, "核减", 1, limits, Staff, "s", Now);

        var error = Assert.Throws<DomainException>(() => decision.Change(all[1].ApplicationId, true, 25000m, "核减", 1, limits, Staff, "s", Now));

        Assert.Equal("decision.stale", error.Code);
    }

    [Fact]
    public void Confirm_LocksTheDecision()
    {
        var (decision, limits, all) = Setup();

        var change = decision.Confirm(1, limits, Staff, "s", Now);

        Assert.Equal(DecisionChange.ConfirmAction, change.Action);
        Assert.True(decision.IsConfirmed);
        var error = Assert.Throws<DomainException>(() => decision.Change(all[0].ApplicationId, true, 35000m, "核减", 2, limits, Staff, "s", Now));
        Assert.Equal("decision.confirmed", error.Code);
    }
}
