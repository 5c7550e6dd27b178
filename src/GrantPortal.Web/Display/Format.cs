using System.Globalization;
using GrantPortal.Domain.Common;

namespace GrantPortal.Web.Display;

/// <summary>How money and times read in the portal: 万元 and Beijing time in Chinese, yuan and UTC+8 in English.</summary>
public static class Format
{
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>910000 → "91万元" ("¥910,000"); 1234.5 → "1,234.50元".</summary>
    public static string Yuan(decimal yuan)
    {
        if (English)
        {
            return "¥" + yuan.ToString(yuan == decimal.Truncate(yuan) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);
        }
        return yuan % 100m == 0 && yuan != 0
            ? (yuan / 10000m).ToString("0.##", CultureInfo.InvariantCulture) + "万元"
            : yuan.ToString("#,0.00", CultureInfo.InvariantCulture) + "元";
    }

    public static string Yuan(decimal? yuan) => yuan is { } value ? Yuan(value) : "—";

    /// <summary>A Beijing wall-clock time to the minute: "2025-07-15 18:00（北京时间）".</summary>
    public static string Beijing(DateTimeOffset instant) =>
        BeijingTime.ToBeijing(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + (English ? " (Beijing time)" : "（北京时间）");

    /// <summary>A deadline: end-of-day deadlines read "2023-04-28 24:00" (the day counts in full).</summary>
    public static string Deadline(DateTimeOffset closesAt, bool endOfDay)
    {
        if (!endOfDay)
        {
            return Beijing(closesAt);
        }
        var day = BeijingTime.DayEndingAt(closesAt);
        return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 24:00" + (English ? " (Beijing time)" : "（北京时间）");
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A Beijing time to the minute without the suffix, for tables whose heading says 北京时间.</summary>
    public static string BeijingMinute(DateTimeOffset instant) =>
        BeijingTime.ToBeijing(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The value of an HTML datetime-local input (Beijing wall clock): "2025-07-15T18:00".</summary>
    public static string BeijingInput(DateTimeOffset? instant) =>
        instant is { } value ? BeijingTime.ToBeijing(value).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>Long text cut to <paramref name="length"/> characters with an ellipsis.</summary>
    public static string Clip(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= length ? text : string.Concat(text.AsSpan(0, length), "…");
    }
}
