using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Tests.Awards;

/// <summary>资金台账: per category (with sub-categories) and in total, exact to the fen, with every cap checked.</summary>
public class LedgerTests
{
    private static readonly DateTimeOffset Now = new(2027, 5, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = BeijingTime.Today(Now);
    private static readonly TrancheRule[] Xinjiang =
    [
        new(60m, DisbursementMilestone.OnApproval),
        new(30m, DisbursementMilestone.MidTermEvaluation),
        new(10m, DisbursementMilestone.Acceptance),
    ];

    private static readonly Guid A = Guid.NewGuid(), A1 = Guid.NewGuid(), A2 = Guid.NewGuid(), B = Guid.NewGuid();

    private static List<LedgerCategory> Tree(decimal? capA = 1_000_000m, decimal? capA1 = 600_000m, decimal? capB = 500_000m) =>
    [
        new(A, null, "1", "科普活动", capA),
        new(A1, A, "1-1", "科普讲座", capA1),
        new(A2, A, "1-2", "科普展览", null),
        new(B, null, "2", "学术交流", capB),
    ];

    [Fact]
    public void ManyRandomAwards_AddUpExactlyToTheFen_InEveryRowAndTheTotal()
    {
        var random = new Random(20271122);
        var categories = new[] { A, A1, A2, B };
        var awards = new List<(Guid Category, Award Award)>();
        for (var i = 0; i < 1_500; i++)
        {
            var amount = random.Next(1, 20_000_000) / 100m;
            var award = Award.Grant(AwardTests.Application(), "某学会", amount, Xinjiang, null, Now);
            var fate = random.Next(6);
            if (fate >= 1) { award.RecordPayment(1, Today, $"V{i}-1", award.Version, null, "财务", Now); }
            if (fate >= 2) { award.MeetMilestone(DisbursementMilestone.MidTermEvaluation, Now); }
            if (fate >= 3) { award.RecordPayment(2, Today, $"V{i}-2", award.Version, null, "财务", Now); }
            if (fate == 4)
            {
                var toRecover = decimal.Round(award.Paid * random.Next(0, 101) / 100m, 2, MidpointRounding.ToZero);
                award.Terminate("验收不通过", toRecover, award.Version, Now);
                if (toRecover > 0)
                {
                    award.RecordRecovery(decimal.Round(toRecover / 2, 2, MidpointRounding.ToZero) is > 0 and var half ? half : toRecover, Today, $"R{i}", award.Version, null, "财务", Now);
                }
            }
            if (fate == 5)
            {
                award.MeetMilestone(DisbursementMilestone.Acceptance, Now);
                award.RecordPayment(3, Today, $"V{i}-3", award.Version, null, "财务", Now);
            }
            awards.Add((categories[random.Next(categories.Length)], award));
        }

        var ledger = Ledger.For(Tree(capA: null, capB: null), awards.Select(a => LedgerEntry.Of(a.Award) with { CategoryId = a.Category }));

        var total = ledger.Total.Figures;
        Assert.Equal(awards.Count, total.Awards);
        Assert.Equal(awards.Sum(a => a.Award.Amount), total.Awarded);
        Assert.Equal(awards.Sum(a => a.Award.Paid), total.Paid);
        Assert.Equal(awards.Sum(a => a.Award.Recovered), total.Recovered);
        Assert.Equal(total.Awarded, total.Paid + total.Outstanding + total.Cancelled);
        foreach (var row in ledger.Rows)
        {
            Assert.Equal(row.Figures.Awarded, row.Figures.Paid + row.Figures.Outstanding + row.Figures.Cancelled);
            Assert.True(row.Figures.Recovered <= row.Figures.ToRecover);
        }
        var rowOf = ledger.Rows.ToDictionary(r => r.Category!.Id);
        decimal Own(Guid category) => awards.Where(a => a.Category == category).Sum(a => a.Award.Amount);
        Assert.Equal(Own(A) + Own(A1) + Own(A2), rowOf[A].Figures.Awarded);
        Assert.Equal(rowOf[A1].Figures.Paid + rowOf[A2].Figures.Paid + awards.Where(a => a.Category == A).Sum(a => a.Award.Paid), rowOf[A].Figures.Paid);
        Assert.Equal(rowOf[A].Figures.Awarded + rowOf[B].Figures.Awarded, total.Awarded);
        Assert.Equal(new[] { A, A1, A2, B }, ledger.Rows.Select(r => r.Category!.Id));
        Assert.Equal([0, 1, 1, 0], ledger.Rows.Select(r => r.Depth));
        Assert.Null(ledger.Total.Cap);
    }

    [Fact]
    public void Caps_RemainingIsCapMinusAwarded_AndABreachIsReportedWithItsFigures()
    {
        LedgerEntry Entry(Guid category, decimal amount, decimal paid = 0m) =>
            new(category, new LedgerFigures(1, amount, paid, amount - paid, 0m, 0m, 0m));

        var within = Ledger.For(Tree(), [Entry(A1, 300_000m, 180_000m), Entry(A2, 200_000m), Entry(B, 500_000m)]);
        Assert.Empty(within.Breaches);
        Assert.Equal(1_500_000m, within.Total.Cap);
        Assert.Equal(500_000m, within.Total.Remaining);
        Assert.Equal(500_000m, within.Rows.Single(r => r.Category!.Id == A).Remaining);
        Assert.Equal(0m, within.Rows.Single(r => r.Category!.Id == B).Remaining);
        Assert.Null(within.Rows.Single(r => r.Category!.Id == A2).Remaining);

        // Data from before the checks: 1-1 got 60.01万 against a cap of 60万.
        var broken = Ledger.For(Tree(), [Entry(A1, 600_000.01m), Entry(B, 100m)]);
        var breach = Assert.Single(broken.Breaches);
        Assert.Equal(A1, breach.Category!.Id);
        Assert.Equal(-0.01m, breach.Remaining);
        Assert.False(broken.Rows.Single(r => r.Category!.Id == A).CapExceeded);

        // The call's total cap too.
        var over = Ledger.For(Tree(capA: 100m, capA1: null, capB: 100m), [Entry(A2, 100m), Entry(B, 100.5m)]);
        Assert.Equal([B, Guid.Empty], over.Breaches.Select(r => r.Category?.Id ?? Guid.Empty));
        Assert.True(over.Total.CapExceeded);
    }

    [Fact]
    public void NoAwards_AllZero_AndAnAwardOfAnUnknownCategory_CountsInTheTotalOnly()
    {
        var empty = Ledger.For(Tree(), []);
        Assert.All(empty.Rows, r => Assert.Equal(LedgerFigures.Zero, r.Figures));
        var stray = Ledger.For(Tree(), [new LedgerEntry(Guid.NewGuid(), new LedgerFigures(1, 10m, 0m, 10m, 0m, 0m, 0m))]);
        Assert.Equal(10m, stray.Total.Figures.Awarded);
        Assert.All(stray.Rows, r => Assert.Equal(0m, r.Figures.Awarded));
    }

    [Fact]
    public void PaymentEntries_CopyTheTrancheAndRefuseAnUnpaidOne()
    {
        var award = Award.Grant(AwardTests.Application(), "某学会", 1000m, Xinjiang, null, Now);
        Assert.Equal("award.tranche_not_paid", Assert.Throws<DomainException>(() => PaymentEntry.Payment(award, award.Tranches[0])).Code);
        var tranche = award.RecordPayment(1, Today, "JZ-1", award.Version, null, "财务", Now);
        var entry = PaymentEntry.Payment(award, tranche);
        Assert.Equal((PaymentKind.Payment, 1, 600m, "JZ-1", "财务", award.CallId), (entry.Kind, entry.TrancheNumber!.Value, entry.Amount, entry.VoucherNumber, entry.RecordedByName, entry.CallId));
        award.Terminate("未完成", 0m, award.Version, Now);
        var cancelled = PaymentEntry.Cancellation(award, award.Tranches[1], null, "财务");
        Assert.Equal((PaymentKind.Cancellation, 300m, (string?)null), (cancelled.Kind, cancelled.Amount, cancelled.VoucherNumber));
    }
}
