namespace GrantPortal.Domain.Calendar;

/// <summary>What is wrong with one line of a year's schedule typed as text (see <see cref="CalendarYearText"/>).</summary>
public enum CalendarLineProblem
{
    /// <summary>Fewer than date, kind and name.</summary>
    MissingParts,
    /// <summary>Not a yyyy-MM-dd date.</summary>
    BadDate,
    /// <summary>A date of another year.</summary>
    OutsideYear,
    /// <summary>Neither 放假 / holiday nor 调休 / workday.</summary>
    UnknownKind,
    /// <summary>No holiday name after the kind.</summary>
    MissingName,
    /// <summary>The name is longer than <see cref="CalendarYearText.MaxNameLength"/>.</summary>
    NameTooLong,
    /// <summary>An adjusted working day (调休上班) that is not a Saturday or Sunday.</summary>
    AdjustedNotWeekend,
    /// <summary>The date is on an earlier line too.</summary>
    Duplicate,
}
