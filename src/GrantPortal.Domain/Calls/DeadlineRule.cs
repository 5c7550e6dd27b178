using GrantPortal.Domain.Calendar;

namespace GrantPortal.Domain.Calls;

/// <summary>A completion or acceptance deadline: a fixed date, N working days after an event, or N months after one.</summary>
public sealed record DeadlineRule
{
    public DateOnly? Date { get; init; }
    public int? WorkingDaysAfter { get; init; }
    public int? MonthsAfter { get; init; }
    public DeadlineEvent? Event { get; init; }
    public string? Label { get; init; }

    public static DeadlineRule OnDate(DateOnly date, string? label = null) => new() { Date = date, Label = label };

    public static DeadlineRule WorkingDays(int days, DeadlineEvent after, string? label = null) =>
        new() { WorkingDaysAfter = days, Event = after, Label = label };

    public static DeadlineRule Months(int months, DeadlineEvent after, string? label = null) =>
        new() { MonthsAfter = months, Event = after, Label = label };

    /// <summary>The last day, given the date of the event it counts from (ignored for a fixed date).</summary>
    public DateOnly? Resolve(DateOnly? eventDate, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (Date is { } date)
        {
            return date;
        }
        if (eventDate is not { } from)
        {
            return null;
        }
        if (WorkingDaysAfter is { } days)
        {
            return calendar.AddWorkingDays(from, days);
        }
        return MonthsAfter is { } months ? from.AddMonths(months) : null;
    }

    public bool IsWellFormed =>
        (Date is not null ? 1 : 0) + (WorkingDaysAfter is not null ? 1 : 0) + (MonthsAfter is not null ? 1 : 0) == 1
        && (Date is not null || Event is not null)
        && WorkingDaysAfter is null or > 0
        && MonthsAfter is null or > 0;
}
