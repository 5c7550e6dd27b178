using GrantPortal.Domain.Calendar;

namespace GrantPortal.Web.Areas.Staff.Calendar;

/// <summary>The days of one holiday in a year: the days off and the weekend days worked in exchange, in date order.</summary>
public sealed record HolidayGroup(string Name, IReadOnlyList<CalendarDay> Days);
