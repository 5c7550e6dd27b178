namespace GrantPortal.Domain.Calendar;

/// <summary>节假日安排中的一天: a public holiday or an adjusted working day, as the State Council publishes them.</summary>
public sealed class CalendarDay
{
    public CalendarDay(DateOnly date, CalendarDayKind kind, string name)
    {
        Date = date;
        Kind = kind;
        Name = name;
    }

    public DateOnly Date { get; private set; }
    public CalendarDayKind Kind { get; private set; }
    /// <summary>The holiday's name (春节, 国庆节 …); for an adjusted working day, the holiday it makes up for.</summary>
    public string Name { get; private set; }

    /// <summary>Corrects the day's kind or name (a schedule announced late, a typo).</summary>
    public void Change(CalendarDayKind kind, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Kind = kind;
        Name = name.Trim();
    }
}
