using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Tests.Awards;

public class TranchePlanTests
{
    private static readonly TrancheRule[] Xinjiang2025 =
    [
        new(60m, DisbursementMilestone.OnApproval),
        new(30m, DisbursementMilestone.MidTermEvaluation),
        new(10m, DisbursementMilestone.Acceptance),
    ];

    [Theory]
    [InlineData("50000", "30000", "15000", "5000")]
    // 33,333.33 × 60% = 19,999.998 → 19,999.99; × 30% = 9,999.999 → 9,999.99; the last takes the remaining 3,333.35.
    [InlineData("33333.33", "19999.99", "9999.99", "3333.35")]
    [InlineData("0.01", "0", "0", "0.01")]
    [InlineData("0", "0", "0", "0")]
    public void Xinjiang_SixtyThirtyTen_AddsUpToTheFen(string award, string first, string second, string last)
    {
        var plan = TranchePlan.For(decimal.Parse(award, System.Globalization.CultureInfo.InvariantCulture), Xinjiang2025);
        Assert.Equal(
            new[] { first, second, last }.Select(a => decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture)),
            plan.Select(t => t.Amount));
        Assert.Equal([DisbursementMilestone.OnApproval, DisbursementMilestone.MidTermEvaluation, DisbursementMilestone.Acceptance], plan.Select(t => t.Milestone));
        Assert.Equal([1, 2, 3], plan.Select(t => t.Number));
    }

    [Fact]
    public void Guangxi_AllOnceTheAgreementIsSigned()
    {
        var plan = TranchePlan.For(48000.5m, [new TrancheRule(100m, DisbursementMilestone.AgreementSigned)]);
        var tranche = Assert.Single(plan);
        Assert.Equal(48000.5m, tranche.Amount);
        Assert.Equal(DisbursementMilestone.AgreementSigned, tranche.Milestone);
    }

    [Fact]
    public void NoSchedule_PaysEverythingOnApproval() =>
        Assert.Equal(new PlannedTranche(1, DisbursementMilestone.OnApproval, 100m, 1234.56m), Assert.Single(TranchePlan.For(1234.56m, [])));

    [Theory]
    [InlineData("-1")]
    [InlineData("100.001")]
    public void AnAmountThatIsNotWholeFen_IsRefused(string award) =>
        Assert.Equal("award.amount_invalid",
            Assert.Throws<DomainException>(() => TranchePlan.For(decimal.Parse(award, System.Globalization.CultureInfo.InvariantCulture), Xinjiang2025)).Code);

    [Fact]
    public void AScheduleNotAddingUpToAHundred_IsRefused() =>
        Assert.Equal("award.schedule_invalid",
            Assert.Throws<DomainException>(() => TranchePlan.For(100m, [new TrancheRule(60m, DisbursementMilestone.OnApproval), new TrancheRule(30m, DisbursementMilestone.Acceptance)])).Code);

    /// <summary>
    /// Property: for 10,000 random awards (1 fen to 1,000万元) and random schedules (one to five tranches, shares with up
    /// to two decimals adding up to 100%), the tranches add up exactly to the award, each is whole fen and not
    /// negative, each but the last is its share rounded down, and the last differs from its share by less than one fen
    /// per tranche.
    /// </summary>
    [Fact]
    public void ForTenThousandRandomAwardsAndSchedules_TheTranchesAddUpExactly()
    {
        var random = new Random(20261122);
        var milestones = Enum.GetValues<DisbursementMilestone>();
        for (var run = 0; run < 10_000; run++)
        {
            var award = random.NextInt64(1, 1_000_000_001) / 100m;
            var count = random.Next(1, 6);
            var cuts = Enumerable.Range(0, count - 1).Select(_ => random.Next(1, 10_000)).Distinct().Order().ToList();
            var bounds = cuts.Prepend(0).Append(10_000).ToList();
            var schedule = bounds.Zip(bounds.Skip(1), (from, to) => (to - from) / 100m)
                .Select((percent, i) => new TrancheRule(percent, milestones[Math.Min(i, milestones.Length - 1)]))
                .ToList();

            var plan = TranchePlan.For(award, schedule);

            Assert.Equal(schedule.Count, plan.Count);
            Assert.Equal(award, plan.Sum(t => t.Amount));
            foreach (var tranche in plan)
            {
                Assert.True(tranche.Amount >= 0, $"negative tranche for {award}");
                Assert.Equal(decimal.Round(tranche.Amount, 2), tranche.Amount);
            }
            foreach (var tranche in plan.SkipLast(1))
            {
                var share = award * tranche.Percent / 100m;
                Assert.True(tranche.Amount <= share && share - tranche.Amount < 0.01m, $"tranche {tranche.Number} of {award}");
            }
            var last = plan[^1];
            Assert.True(Math.Abs(last.Amount - award * last.Percent / 100m) < 0.01m * plan.Count, $"last tranche of {award}");
        }
    }
}
