using GrantPortal.Domain.Calendar;

namespace GrantPortal.Web.Areas.Staff.Calendar;

/// <summary>
/// One year of the national calendar: the years present, the year's holidays grouped by name with the counts, its
/// change log, and the calculator (its inputs and, when asked, its answer).
/// </summary>
public sealed record CalendarViewModel(
    string Tenant, int Year, IReadOnlyList<int> Years, IReadOnlyList<HolidayGroup> Groups, int Holidays, int AdjustedDays,
    IReadOnlyList<CalendarChange> Changes, DateOnly? From, int? Days, WorkingDaySum? Sum);
