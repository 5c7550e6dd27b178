namespace GrantPortal.Domain.Calendar;

/// <summary>A typed year's schedule read line by line: the days, in date order, or the problems (then the days are not to be saved).</summary>
public sealed record CalendarYearParse(IReadOnlyList<CalendarDay> Days, IReadOnlyList<CalendarLineError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
