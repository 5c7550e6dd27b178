using GrantPortal.Infrastructure.Calendar;
using GrantPortal.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Calendar;

/// <summary>The seeded State Council schedules, as later issues count notice periods and deadlines with them.</summary>
[Collection(PortalCollection.Name)]
public sealed class SeededCalendarTests(PortalFactory factory)
{
    [Fact]
    public async Task SeededCalendar_Covers2021To2026()
    {
        var calendar = await factory.Services.GetRequiredService<WorkingCalendarProvider>().GetAsync();
        foreach (var year in Enumerable.Range(2021, 6))
        {
            Assert.True(calendar.Covers(new DateOnly(year, 6, 1)), $"{year} is not seeded");
        }
    }

    [Theory]
    [InlineData("2024-09-27", 5, "2024-10-10")]   // Sunday 09-29 is worked, 10-01..10-07 are off
    [InlineData("2021-09-30", 5, "2021-10-13")]   // Shanxi's 5-day public notice across 2021 国庆 (10-09 Saturday worked)
    [InlineData("2023-09-28", 10, "2023-10-18")]  // Guangxi 2023-3: 10 working days after an activity before 中秋/国庆
    [InlineData("2026-02-13", 1, "2026-02-14")]   // Saturday 2026-02-14 is worked before 春节
    [InlineData("2026-02-14", 1, "2026-02-24")]   // 02-15..02-23 are off
    public async Task AddWorkingDays_SeededSchedules_GivesOfficialDates(string from, int days, string expected)
    {
        var calendar = await factory.Services.GetRequiredService<WorkingCalendarProvider>().GetAsync();
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            calendar.AddWorkingDays(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), days));
    }
}
