using GrantPortal.Domain.Common;

namespace GrantPortal.Web.Areas.Staff.Calls;

/// <summary>
/// A submission deadline as entered, in Beijing time: none, a date (the call closes when that day ends) or a date and
/// time to the minute (the call closes at that minute).
/// </summary>
public sealed class SubmissionDeadlineInput
{
    /// <summary>"none", "day" or "minute".</summary>
    public string Kind { get; set; } = "none";
    public DateOnly? Day { get; set; }
    /// <summary>Beijing wall clock (datetime-local).</summary>
    public DateTime? At { get; set; }

    public static SubmissionDeadlineInput From(DateTimeOffset? deadline, bool endOfDay) => deadline switch
    {
        null => new SubmissionDeadlineInput(),
        { } instant when endOfDay => new SubmissionDeadlineInput { Kind = "day", Day = BeijingTime.DayEndingAt(instant) },
        { } instant => new SubmissionDeadlineInput { Kind = "minute", At = BeijingTime.ToBeijing(instant).DateTime },
    };

    /// <summary>The exclusive closing instant (UTC) and whether it is an end-of-day deadline; null when none was entered.</summary>
    public (DateTimeOffset Instant, bool EndOfDay)? ToInstant() => Kind switch
    {
        "day" when Day is { } day => (BeijingTime.StartOf(day.AddDays(1)), true),
        "minute" when At is { } at => (FromBeijing(at), false),
        _ => null,
    };

    /// <summary>A datetime-local value read as Beijing wall clock, to the minute, in UTC.</summary>
    public static DateTimeOffset FromBeijing(DateTime wallClock) =>
        BeijingTime.At(DateOnly.FromDateTime(wallClock), new TimeOnly(wallClock.Hour, wallClock.Minute));
}
