using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Tests.Common;

/// <summary>Tests for <see cref="Money"/>: tranche splits add up exactly, the last part takes the remainder.</summary>
public class MoneyTests
{
    private static readonly decimal[] XinjiangTranches = [60m, 30m, 10m];

    [Fact]
    public void Split_XinjiangSixtyThirtyTenOf100000_ExactParts()
    {
        // Xinjiang 2025: 立项后 60%, 中期评估 30%, 验收通过后 10% of 10万元.
        Assert.Equal([60000m, 30000m, 10000m], Money.Split(100000m, XinjiangTranches));
    }

    [Theory]
    [InlineData("0.01", "0", "0", "0.01")]
    [InlineData("0.02", "0.01", "0", "0.01")]
    [InlineData("33333.33", "19999.99", "9999.99", "3333.35")]
    [InlineData("99999.99", "59999.99", "29999.99", "10000.01")]
    [InlineData("0", "0", "0", "0")]
    public void Split_SixtyThirtyTenOfAwkwardTotals_FirstPartsFloorToFenLastTakesRemainder(string total, string first, string second, string last)
    {
        var parts = Money.Split(Dec(total), XinjiangTranches);

        Assert.Equal([Dec(first), Dec(second), Dec(last)], parts);
        Assert.Equal(Dec(total), parts.Sum());
    }

    [Fact]
    public void Split_SingleTranche_WholeAmount()
    {
        // Guangxi 2023: 签订项目合同书后一次性拨付.
        Assert.Equal([40000m], Money.Split(40000m, [100m]));
    }

    [Fact]
    public void Split_RandomTotalsAndSchedules_PartsAddUpExactlyNonNegativeInFen()
    {
        const int Seed = 20230428;
        var random = new Random(Seed);
        for (var run = 0; run < 10_000; run++)
        {
            var total = random.NextInt64(0, 1_000_000_001) / 100m;
            var percents = RandomSchedule(random);
            var context = $"seed {Seed}, run {run}: total {total}, percents [{string.Join(", ", percents)}]";

            var parts = Money.Split(total, percents);

            Assert.True(parts.Count == percents.Count, $"{context}: {parts.Count} parts");
            Assert.True(parts.Sum() == total, $"{context}: parts [{string.Join(", ", parts)}] sum to {parts.Sum()}");
            Assert.True(parts.All(p => p >= 0), $"{context}: a negative part in [{string.Join(", ", parts)}]");
            Assert.True(parts.All(Money.HasAtMostTwoDecimals), $"{context}: a part below the fen in [{string.Join(", ", parts)}]");
        }
    }

    [Theory]
    [InlineData(60, 30, 9)]
    [InlineData(60, 30, 11)]
    [InlineData(60, 30, 10.01)]
    public void Split_PercentsNotSummingTo100_Throws(decimal first, decimal second, decimal third)
    {
        var exception = Assert.Throws<ArgumentException>(() => Money.Split(100000m, [first, second, third]));

        Assert.Equal("percents", exception.ParamName);
    }

    [Fact]
    public void Split_NoPercents_Throws()
    {
        Assert.Throws<ArgumentException>(() => Money.Split(100000m, []));
    }

    [Fact]
    public void Split_NegativePercentSummingTo100_Throws()
    {
        // 150% then −50% sums to 100 but would pay a negative tranche.
        var exception = Assert.Throws<ArgumentException>(() => Money.Split(100000m, [150m, -50m]));

        Assert.Equal("percents", exception.ParamName);
    }

    [Theory]
    [InlineData("100000.001")]
    [InlineData("0.005")]
    [InlineData("-0.01")]
    public void Split_TotalNotNonNegativeFen_Throws(string total)
    {
        var exception = Assert.Throws<ArgumentException>(() => Money.Split(Dec(total), XinjiangTranches));

        Assert.Equal("total", exception.ParamName);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0.01", true)]
    [InlineData("19999.99", true)]
    [InlineData("1.230", true)]
    [InlineData("0.001", false)]
    [InlineData("30000.001", false)]
    public void HasAtMostTwoDecimals_Amounts(string yuan, bool expected)
    {
        Assert.Equal(expected, Money.HasAtMostTwoDecimals(Dec(yuan)));
    }

    [Theory]
    [InlineData("0.125", "0.12")]
    [InlineData("0.135", "0.14")]
    [InlineData("19999.994", "19999.99")]
    public void Round_ToFenBankers(string yuan, string expected)
    {
        Assert.Equal(Dec(expected), Money.Round(Dec(yuan)));
    }

    /// <summary>1-5 positive parts, whole percents or tenths of a percent, summing to exactly 100.</summary>
    private static List<decimal> RandomSchedule(Random random)
    {
        var count = random.Next(1, 6);
        var step = random.Next(2) == 0 ? 10 : 1; // in tenths of a percent
        var cuts = new SortedSet<int>();
        while (cuts.Count < count - 1)
        {
            cuts.Add(random.Next(1, 1000 / step) * step);
        }
        var bounds = cuts.Prepend(0).Append(1000).ToList();
        return [.. bounds.Zip(bounds.Skip(1), (a, b) => (b - a) / 10m)];
    }

    private static decimal Dec(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
