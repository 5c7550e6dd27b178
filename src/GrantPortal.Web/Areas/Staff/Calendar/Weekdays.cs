using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Calendar;

/// <summary>星期一 … 星期日.</summary>
public static class Weekdays
{
    public static string Of(DateOnly date, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return date.DayOfWeek switch
        {
            DayOfWeek.Monday => l["星期一"],
            DayOfWeek.Tuesday => l["星期二"],
            DayOfWeek.Wednesday => l["星期三"],
            DayOfWeek.Thursday => l["星期四"],
            DayOfWeek.Friday => l["星期五"],
            DayOfWeek.Saturday => l["星期六"],
            DayOfWeek.Sunday => l["星期日"],
            _ => throw new ArgumentOutOfRangeException(nameof(date), date.DayOfWeek, null),
        };
    }
}
