namespace GrantPortal.Web.Areas.Staff.Calendar;

/// <summary>A year's holidays and adjusted working days typed one day a line (see <c>CalendarYearText</c>).</summary>
public sealed class CalendarYearForm
{
    public string? Text { get; set; }
}
