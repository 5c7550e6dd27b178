using System.Globalization;

namespace GrantPortal.Domain.Calendar;

/// <summary>
/// One year of the national holiday schedule as staff type it, one day a line: <c>2027-01-01 放假 元旦</c> or
/// <c>2027-02-07 调休 春节</c> (also <c>holiday</c> / <c>workday</c>). Blank lines and lines starting with # are skipped.
/// A 放假 day may fall on a weekend (the schedule lists the whole break); a 调休 day must be a Saturday or Sunday.
/// </summary>
public static class CalendarYearText
{
    /// <summary>The longest holiday name the calendar keeps.</summary>
    public const int MaxNameLength = 40;

    private static readonly char[] Separators = [' ', '\t', '\u3000'];

    public static CalendarYearParse Parse(int year, string? text)
    {
        var days = new List<CalendarDay>();
        var errors = new List<CalendarLineError>();
        var seen = new Dictionary<DateOnly, int>();
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split(Separators, 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors.Add(new CalendarLineError(number, CalendarLineProblem.BadDate, parts[0]));
                continue;
            }
            if (date.Year != year)
            {
                errors.Add(new CalendarLineError(number, CalendarLineProblem.OutsideYear, parts[0]));
                continue;
            }
            if (parts.Length < 2)
            {
                errors.Add(new CalendarLineError(number, CalendarLineProblem.MissingParts, line));
                continue;
            }
            if (KindOf(parts[1]) is not { } kind)
            {
                errors.Add(new CalendarLineError(number, CalendarLineProblem.UnknownKind, parts[1]));
                continue;
            }
            var name = parts.Length > 2 ? parts[2].Trim() : "";
            if (name.Length == 0)
            {
                errors.Add(new CalendarLineError(number, CalendarLineProblem.MissingName, parts[0]));
                continue;
            }
            if (name.Length > MaxNameLength)
            {
                errors.Add(new CalendarLineError(number, CalendarLineProblem.NameTooLong, name));
                continue;
            }
            if (kind == CalendarDayKind.AdjustedWorkingDay && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                errors.Add(new CalendarLineError(number, CalendarLineProblem.AdjustedNotWeekend, parts[0]));
                continue;
            }
            if (seen.TryGetValue(date, out var earlier))
            {
                errors.Add(new CalendarLineError(number, CalendarLineProblem.Duplicate, earlier.ToString(CultureInfo.InvariantCulture)));
                continue;
            }
            seen[date] = number;
            days.Add(new CalendarDay(date, kind, name));
        }
        return new CalendarYearParse(days.OrderBy(d => d.Date).ToList(), errors);
    }

    /// <summary>The days as text <see cref="Parse"/> reads back: date order, Chinese kind words.</summary>
    public static string Write(IEnumerable<CalendarDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return string.Join("\n", days.OrderBy(d => d.Date).Select(d =>
            $"{d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {(d.Kind == CalendarDayKind.Holiday ? "放假" : "调休")} {d.Name}"));
    }

    /// <summary>
    /// What replacing <paramref name="before"/> with <paramref name="after"/> changes, one <see cref="CalendarChange"/>
    /// per added, changed or removed day, in date order; days that stay the same give none.
    /// </summary>
    public static IReadOnlyList<CalendarChange> Changes(
        IEnumerable<CalendarDay> before, IEnumerable<CalendarDay> after, DateTimeOffset at, string userName, string? association)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.ToDictionary(d => d.Date);
        var now = after.ToDictionary(d => d.Date);
        var changes = new List<CalendarChange>();
        foreach (var date in old.Keys.Union(now.Keys).Order())
        {
            old.TryGetValue(date, out var was);
            now.TryGetValue(date, out var becomes);
            if (was is not null && becomes is not null && was.Kind == becomes.Kind && was.Name == becomes.Name)
            {
                continue;
            }
            changes.Add(new CalendarChange(date, was?.Kind, was?.Name, becomes?.Kind, becomes?.Name, at, userName, association));
        }
        return changes;
    }

    private static CalendarDayKind? KindOf(string word) => word.ToLowerInvariant() switch
    {
        "放假" or "休" or "假" or "holiday" => CalendarDayKind.Holiday,
        "调休" or "班" or "上班" or "调休上班" or "workday" => CalendarDayKind.AdjustedWorkingDay,
        _ => null,
    };
}
