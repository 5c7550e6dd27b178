using GrantPortal.Domain.Calendar;

namespace GrantPortal.Domain.Tests.Calendar;

/// <summary>
/// Tests for <see cref="WorkingDayCalendar"/>. The calendars are built inline from the relevant days of the
/// State Council schedules (国务院办公厅关于部分节假日安排的通知), the same data as
/// src/GrantPortal.Infrastructure/Seeding/Data/calendar/china-working-days.json.
/// </summary>
public class WorkingDayCalendarTests
{
    // 2021 国庆节 (国办发明电〔2020〕27号): 10-01..10-07 off; Sun 09-26 and Sat 10-09 are working days.
    private static readonly WorkingDayCalendar NationalDay2021 = Calendar(
        Holiday("国庆节", "2021-10-01", "2021-10-07"),
        Adjusted("国庆节", "2021-09-26", "2021-10-09"));

    // 2023 中秋节、国庆节 (国办发明电〔2022〕16号): 09-29..10-06 off; Sat 10-07 and Sun 10-08 are working days.
    private static readonly WorkingDayCalendar NationalDay2023 = Calendar(
        Holiday("中秋节、国庆节", "2023-09-29", "2023-10-06"),
        Adjusted("中秋节、国庆节", "2023-10-07", "2023-10-08"));

    // 2024 中秋节 and 国庆节 (国办发明电〔2023〕7号): 09-15..09-17 off, Sat 09-14 worked;
    // 10-01..10-07 off, Sun 09-29 and Sat 10-12 worked.
    private static readonly WorkingDayCalendar Autumn2024 = Calendar(
        Holiday("中秋节", "2024-09-15", "2024-09-17"),
        Adjusted("中秋节", "2024-09-14"),
        Holiday("国庆节", "2024-10-01", "2024-10-07"),
        Adjusted("国庆节", "2024-09-29", "2024-10-12"));

    // 2025 国庆节、中秋节 (国办发明电〔2024〕12号): 10-01..10-08 off; Sun 09-28 and Sat 10-11 are working days.
    private static readonly WorkingDayCalendar NationalDay2025 = Calendar(
        Holiday("国庆节、中秋节", "2025-10-01", "2025-10-08"),
        Adjusted("国庆节、中秋节", "2025-09-28", "2025-10-11"));

    [Fact]
    public void IsWorkingDay_AdjustedSunday_ReturnsTrue()
    {
        Assert.Equal(DayOfWeek.Sunday, D("2024-09-29").DayOfWeek);
        Assert.True(Autumn2024.IsWorkingDay(D("2024-09-29")));
    }

    [Fact]
    public void IsWorkingDay_AdjustedSaturday_ReturnsTrue()
    {
        Assert.Equal(DayOfWeek.Saturday, D("2024-10-12").DayOfWeek);
        Assert.True(Autumn2024.IsWorkingDay(D("2024-10-12")));
    }

    [Theory]
    [InlineData("2024-10-01")] // Tuesday
    [InlineData("2024-10-04")] // Friday
    [InlineData("2024-10-07")] // Monday
    [InlineData("2024-09-16")] // Monday, 中秋节
    public void IsWorkingDay_HolidayOnWeekday_ReturnsFalse(string date)
    {
        Assert.False(Autumn2024.IsWorkingDay(D(date)));
    }

    [Fact]
    public void IsWorkingDay_WeekendInsideHolidayBlock_ReturnsFalse()
    {
        Assert.Equal(DayOfWeek.Saturday, D("2024-10-05").DayOfWeek);
        Assert.False(Autumn2024.IsWorkingDay(D("2024-10-05")));
        Assert.False(Autumn2024.IsWorkingDay(D("2024-10-06")));
    }

    [Theory]
    [InlineData("2024-09-21")] // Saturday
    [InlineData("2024-09-22")] // Sunday
    [InlineData("2024-10-13")] // Sunday after the adjusted Saturday 10-12
    public void IsWorkingDay_OrdinaryWeekend_ReturnsFalse(string date)
    {
        Assert.False(Autumn2024.IsWorkingDay(D(date)));
    }

    [Fact]
    public void IsWorkingDay_OrdinaryWeekday_ReturnsTrue()
    {
        Assert.True(Autumn2024.IsWorkingDay(D("2024-09-30"))); // Monday between 09-29 and 国庆节
        Assert.True(Autumn2024.IsWorkingDay(D("2024-10-08"))); // Tuesday after 国庆节
    }

    [Fact]
    public void IsWorkingDay_DateOutsideCoveredYears_UsesWeekendsOnly()
    {
        Assert.False(Autumn2024.Covers(D("2030-10-01")));
        Assert.True(Autumn2024.IsWorkingDay(D("2030-10-01"))); // Tuesday, no schedule known
        Assert.False(Autumn2024.IsWorkingDay(D("2030-10-05"))); // Saturday
    }

    [Fact]
    public void AddWorkingDays_FridayBeforeNationalDay2024_SkipsHolidayAndCountsAdjustedSunday()
    {
        // Fri 09-27 → Sat 09-28 (weekend), Sun 09-29 (调休, 1), Mon 09-30 (2), 10-01..10-07 off,
        // Tue 10-08 (3), Wed 10-09 (4), Thu 10-10 (5).
        Assert.Equal(D("2024-10-10"), Autumn2024.AddWorkingDays(D("2024-09-27"), 5));
    }

    [Fact]
    public void AddWorkingDays_OneDayFromFridayBeforeAdjustedSunday_ReturnsAdjustedSunday()
    {
        Assert.Equal(D("2024-09-29"), Autumn2024.AddWorkingDays(D("2024-09-27"), 1));
    }

    [Fact]
    public void AddWorkingDays_Zero_ReturnsDateItself()
    {
        Assert.Equal(D("2024-10-03"), Autumn2024.AddWorkingDays(D("2024-10-03"), 0)); // even on a holiday
        Assert.Equal(D("2024-09-27"), Autumn2024.AddWorkingDays(D("2024-09-27"), 0));
    }

    [Fact]
    public void AddWorkingDays_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Autumn2024.AddWorkingDays(D("2024-09-27"), -1));
    }

    [Fact]
    public void AddWorkingDays_ShanxiNoticePublishedBeforeNationalDay2021_EndsOnOctober13()
    {
        // A 5-working-day public notice (公示期5个工作日) published Thursday 2021-09-30.
        // The publication day does not count (AddWorkingDays counts the days after the date):
        //   10-01..10-07 国庆节 off (including Sat 10-02, Sun 10-03),
        //   Fri 10-08 (1), Sat 10-09 调休 (2), Sun 10-10 weekend, Mon 10-11 (3), Tue 10-12 (4), Wed 10-13 (5).
        // So the notice period ends at the end of Wednesday 2021-10-13.
        // If a notice counted its publication day as day 1, it would end one working day earlier, on
        // Tuesday 2021-10-12 — i.e. AddWorkingDays(published, 4); that is checked too, to pin the difference.
        var published = D("2021-09-30");

        Assert.Equal(D("2021-10-13"), NationalDay2021.AddWorkingDays(published, 5));
        Assert.Equal(D("2021-10-12"), NationalDay2021.AddWorkingDays(published, 4));
        Assert.Equal(5, NationalDay2021.WorkingDaysBetween(published, D("2021-10-13")));
    }

    [Fact]
    public void AddWorkingDays_TenDaysAfterActivityEndingBeforeNationalDay2023_ReturnsOctober18()
    {
        // Activity ends Thu 2023-09-28. 09-29..10-06 off (中秋节、国庆节, 8 days).
        // Sat 10-07 (1), Sun 10-08 (2), Mon 10-09 (3) .. Fri 10-13 (7), Mon 10-16 (8), Tue 10-17 (9), Wed 10-18 (10).
        Assert.Equal(D("2023-10-18"), NationalDay2023.AddWorkingDays(D("2023-09-28"), 10));
    }

    [Fact]
    public void WorkingDaysBetween_AcrossNationalDay2025_CountsOnlyWorkingDays()
    {
        // (Fri 09-26, Sun 10-12]: Sun 09-28 调休, Mon 09-29, Tue 09-30, 10-01..10-08 off, Thu 10-09, Fri 10-10,
        // Sat 10-11 调休 → 6 working days; Sat 09-27 and Sun 10-12 are ordinary weekend days.
        Assert.Equal(6, NationalDay2025.WorkingDaysBetween(D("2025-09-26"), D("2025-10-12")));
    }

    [Fact]
    public void WorkingDaysBetween_InsideNationalDay2025_ReturnsZero()
    {
        Assert.Equal(0, NationalDay2025.WorkingDaysBetween(D("2025-09-30"), D("2025-10-08")));
    }

    [Fact]
    public void WorkingDaysBetween_SameDate_ReturnsZero()
    {
        Assert.Equal(0, NationalDay2025.WorkingDaysBetween(D("2025-10-09"), D("2025-10-09")));
    }

    [Fact]
    public void WorkingDaysBetween_IsInverseOfAddWorkingDays()
    {
        var from = D("2025-09-26");
        for (var n = 0; n <= 12; n++)
        {
            Assert.Equal(n, NationalDay2025.WorkingDaysBetween(from, NationalDay2025.AddWorkingDays(from, n)));
        }
    }

    [Fact]
    public void Years_DaysFromOneYear_ReturnsThatYear()
    {
        Assert.Equal([2025], NationalDay2025.Years);
        Assert.True(NationalDay2025.Covers(D("2025-01-01")));
        Assert.False(NationalDay2025.Covers(D("2024-12-31")));
    }

    [Fact]
    public void Constructor_OneShotSequence_ReadsEveryDay()
    {
        // The days may come from a streaming source that can be enumerated only once.
        var calendar = new WorkingDayCalendar(OneShot(Holiday("国庆节", "2025-10-01", "2025-10-08")));

        Assert.False(calendar.IsWorkingDay(D("2025-10-08")));
        Assert.Equal([2025], calendar.Years);
    }

    [Fact]
    public void Constructor_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new WorkingDayCalendar(null!));
    }

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every day from <paramref name="first"/> to <paramref name="last"/> (inclusive) as a holiday.</summary>
    private static IEnumerable<CalendarDay> Holiday(string name, string first, string? last = null)
    {
        var end = D(last ?? first);
        for (var day = D(first); day <= end; day = day.AddDays(1))
        {
            yield return new CalendarDay(day, CalendarDayKind.Holiday, name);
        }
    }

    private static IEnumerable<CalendarDay> Adjusted(string name, params string[] dates) =>
        dates.Select(d => new CalendarDay(D(d), CalendarDayKind.AdjustedWorkingDay, name));

    private static WorkingDayCalendar Calendar(params IEnumerable<CalendarDay>[] parts) =>
        new(parts.SelectMany(p => p));

    private static IEnumerable<CalendarDay> OneShot(IEnumerable<CalendarDay> days)
    {
        var enumerator = days.GetEnumerator();
        var used = false;
        return Iterate();

        IEnumerable<CalendarDay> Iterate()
        {
            if (used)
            {
                yield break;
            }
            used = true;
            while (enumerator.MoveNext())
            {
                yield return enumerator.Current;
            }
        }
    }
}
