namespace GrantPortal.Domain.Common;

/// <summary>北京时间 (UTC+8, no daylight saving). Stored times are UTC; deadlines are defined and shown in Beijing time.</summary>
public static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToBeijing(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(ToBeijing(now).DateTime);

    /// <summary>The instant of a Beijing wall-clock time, in UTC.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) =>
        new DateTimeOffset(date.ToDateTime(time), Offset).ToUniversalTime();

    /// <summary>The Beijing date that ends at <paramref name="instant"/>: a date-only deadline is stored as the next day's midnight.</summary>
    public static DateOnly DayEndingAt(DateTimeOffset instant) => Today(instant.AddTicks(-1));

    /// <summary>The first instant of a Beijing date, in UTC.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => At(date, TimeOnly.MinValue);
}
