namespace GrantPortal.Domain.Calendar;

/// <summary>
/// 工作日历: China's working days. A day is a working day when it is Monday to Friday and not a public
/// holiday, or when it is a weekend day the schedule makes a working day (调休).
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<DateOnly, CalendarDayKind> _special;

    public WorkingDayCalendar(IEnumerable<CalendarDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        // Enumerate once: a one-shot sequence (e.g. a streaming reader) would otherwise leave Years empty.
        var list = days.ToList();
        _special = list.ToDictionary(d => d.Date, d => d.Kind);
        Years = list.Select(d => d.Date.Year).Distinct().Order().ToList();
    }

    /// <summary>The years the schedule covers; outside them only weekends are days off.</summary>
    public IReadOnlyList<int> Years { get; }

    public bool Covers(DateOnly date) => Years.Contains(date.Year);

    public bool IsWorkingDay(DateOnly date)
    {
        if (_special.TryGetValue(date, out var kind))
        {
            return kind switch
            {
                CalendarDayKind.AdjustedWorkingDay => true,
                CalendarDayKind.Holiday => false,
                _ => throw new ArgumentOutOfRangeException(nameof(date), kind, null),
            };
        }
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>"N个工作日后": the N-th working day after <paramref name="date"/> (the date itself does not count).</summary>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = date;
        var counted = 0;
        while (counted < workingDays)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }
        return day;
    }

    /// <summary>Working days in (from, to]: how many working days have passed since <paramref name="from"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }
        return count;
    }
}
