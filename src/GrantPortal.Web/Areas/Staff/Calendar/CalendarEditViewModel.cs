namespace GrantPortal.Web.Areas.Staff.Calendar;

public sealed record CalendarEditViewModel(string Tenant, int Year, CalendarYearForm Form);
