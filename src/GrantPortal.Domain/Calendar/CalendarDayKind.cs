namespace GrantPortal.Domain.Calendar;

public enum CalendarDayKind
{
    /// <summary>法定节假日: a weekday (or weekend) off.</summary>
    Holiday,
    /// <summary>调休上班日: a Saturday or Sunday that is a working day.</summary>
    AdjustedWorkingDay,
}
