namespace GrantPortal.Domain.Calendar;

/// <summary>
/// One problem of a typed schedule: its 1-based line number, what is wrong, and the offending text (the date, the
/// kind word, or for <see cref="CalendarLineProblem.Duplicate"/> the number of the earlier line).
/// </summary>
public sealed record CalendarLineError(int Line, CalendarLineProblem Problem, string Text);
