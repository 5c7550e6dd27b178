using GrantPortal.Domain.Calls;

namespace GrantPortal.Domain.Tests.Calls;

/// <summary>Tests for <see cref="Quota"/> (项目数量: Xinjiang XXJL-2025 15个, Guangxi 2023-3 30-40项).</summary>
public class QuotaTests
{
    [Fact]
    public void None_HasNoBounds()
    {
        Assert.True(Quota.None.IsNone);
        Assert.False(Quota.None.IsExact);
        Assert.Null(Quota.None.Min);
        Assert.Null(Quota.None.Max);
        Assert.Equal("", Quota.None.ToString());
    }

    [Fact]
    public void Exact_Fifteen_MinEqualsMax()
    {
        var quota = Quota.Exact(15);

        Assert.True(quota.IsExact);
        Assert.False(quota.IsNone);
        Assert.Equal(15, quota.Min);
        Assert.Equal(15, quota.Max);
        Assert.Equal("15", quota.ToString());
    }

    [Fact]
    public void Range_ThirtyToForty_IsNeitherNoneNorExact()
    {
        var quota = Quota.Range(30, 40);

        Assert.False(quota.IsExact);
        Assert.False(quota.IsNone);
        Assert.Equal("30-40", quota.ToString());
    }

    [Fact]
    public void Range_EqualBounds_IsExact()
    {
        Assert.True(Quota.Range(4, 4).IsExact);
        Assert.Equal(Quota.Exact(4), Quota.Range(4, 4));
    }

    [Fact]
    public void ToString_OnlyMax_ShowsAtMost()
    {
        Assert.Equal("≤8", new Quota(null, 8).ToString());
    }

    [Fact]
    public void ToString_OnlyMin_ShowsAtLeast()
    {
        Assert.Equal("≥3", new Quota(3, null).ToString());
    }
}
