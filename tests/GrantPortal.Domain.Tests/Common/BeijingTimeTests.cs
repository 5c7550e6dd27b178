using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Tests.Common;

/// <summary>Tests for <see cref="BeijingTime"/>: Beijing is UTC+8, so its day starts at 16:00 UTC the day before.</summary>
public class BeijingTimeTests
{
    private static readonly DateOnly April28 = new(2023, 4, 28);

    [Fact]
    public void At_Beijing0700_IsPreviousDay2300Utc()
    {
        var instant = BeijingTime.At(April28, new TimeOnly(7, 0));

        Assert.Equal(new DateTimeOffset(2023, 4, 27, 23, 0, 0, TimeSpan.Zero), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Fact]
    public void At_Beijing1800_Is1000Utc()
    {
        Assert.Equal(new DateTimeOffset(2023, 4, 28, 10, 0, 0, TimeSpan.Zero), BeijingTime.At(April28, new TimeOnly(18, 0)));
    }

    [Fact]
    public void StartOf_Date_IsPreviousDay1600Utc()
    {
        var start = BeijingTime.StartOf(April28);

        Assert.Equal(new DateTimeOffset(2023, 4, 27, 16, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(TimeSpan.Zero, start.Offset);
    }

    [Fact]
    public void StartOf_NewYear_CrossesTheUtcYear()
    {
        Assert.Equal(new DateTimeOffset(2023, 12, 31, 16, 0, 0, TimeSpan.Zero), BeijingTime.StartOf(new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public void Today_Utc2300_IsNextBeijingDay()
    {
        Assert.Equal(April28, BeijingTime.Today(new DateTimeOffset(2023, 4, 27, 23, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Today_AroundBeijingMidnight_SwitchesAt1600Utc()
    {
        var midnight = new DateTimeOffset(2023, 4, 27, 16, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2023, 4, 27), BeijingTime.Today(midnight.AddTicks(-1)));
        Assert.Equal(April28, BeijingTime.Today(midnight));
    }

    [Fact]
    public void Today_InstantWithOtherOffset_UsesBeijingWallClock()
    {
        // 2023-04-27 20:00 in New York (UTC−4) is 2023-04-28 08:00 in Beijing.
        Assert.Equal(April28, BeijingTime.Today(new DateTimeOffset(2023, 4, 27, 20, 0, 0, TimeSpan.FromHours(-4))));
    }

    [Fact]
    public void ToBeijing_UtcInstant_SameInstantAtPlusEight()
    {
        var utc = new DateTimeOffset(2023, 4, 27, 23, 0, 0, TimeSpan.Zero);

        var beijing = BeijingTime.ToBeijing(utc);

        Assert.Equal(TimeSpan.FromHours(8), beijing.Offset);
        Assert.Equal(new DateTime(2023, 4, 28, 7, 0, 0, DateTimeKind.Unspecified), beijing.DateTime);
        Assert.Equal(utc, beijing);
    }

    [Fact]
    public void StartOf_RoundTripsThroughToday()
    {
        Assert.Equal(April28, BeijingTime.Today(BeijingTime.StartOf(April28)));
        Assert.Equal(April28, BeijingTime.Today(BeijingTime.At(April28, new TimeOnly(23, 59, 59))));
    }
}
