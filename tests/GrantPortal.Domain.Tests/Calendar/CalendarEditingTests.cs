using GrantPortal.Domain.Calendar;

namespace GrantPortal.Domain.Tests.Calendar;

/// <summary>Staff type a year's schedule one day a line; <see cref="CalendarYearText"/> reads it and works out the changes.</summary>
public class CalendarEditingTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Parse_ChineseAndEnglishKinds_BlankAndCommentLines_GivesDaysInDateOrder()
    {
        var parse = CalendarYearText.Parse(2031, """
            # 2031 年节假日
            2031-01-02 放假 元旦

            2031-01-01 holiday 元旦
            2031-01-04  调休  春节 补班
            2031-01-05 workday 春节
            """);
        Assert.True(parse.Succeeded, string.Join("; ", parse.Errors));
        Assert.Equal([D("2031-01-01"), D("2031-01-02"), D("2031-01-04"), D("2031-01-05")], parse.Days.Select(d => d.Date));
        Assert.Equal(CalendarDayKind.Holiday, parse.Days[0].Kind);
        Assert.Equal(CalendarDayKind.AdjustedWorkingDay, parse.Days[2].Kind);
        Assert.Equal("春节 补班", parse.Days[2].Name);
    }

    [Fact]
    public void Parse_HolidayOnAWeekend_IsAllowed()
    {
        // 2031-01-04 is a Saturday: a break listed in full includes its weekend days.
        var parse = CalendarYearText.Parse(2031, "2031-01-04 放假 元旦");
        Assert.True(parse.Succeeded);
    }

    [Theory]
    [InlineData("2031-13-01 放假 元旦", CalendarLineProblem.BadDate)]
    [InlineData("31-01-01 放假 元旦", CalendarLineProblem.BadDate)]
    [InlineData("2030-12-31 放假 元旦", CalendarLineProblem.OutsideYear)]
    [InlineData("2031-01-01", CalendarLineProblem.MissingParts)]
    [InlineData("2031-01-01 休息日 元旦", CalendarLineProblem.UnknownKind)]
    [InlineData("2031-01-01 放假", CalendarLineProblem.MissingName)]
    [InlineData("2031-01-06 调休 春节", CalendarLineProblem.AdjustedNotWeekend)] // a Monday
    public void Parse_BadLine_IsReportedWithItsProblem(string line, CalendarLineProblem problem)
    {
        var parse = CalendarYearText.Parse(2031, line);
        Assert.False(parse.Succeeded);
        Assert.Equal(problem, Assert.Single(parse.Errors).Problem);
    }

    [Fact]
    public void Parse_ErrorsNameTheirLineNumbers_AndADuplicateNamesTheEarlierLine()
    {
        var parse = CalendarYearText.Parse(2031, "2031-01-01 放假 元旦\r\n\r\n2031-02-30 放假 春节\n2031-01-01 放假 元旦\n2031-01-07 调休 春节");
        Assert.Equal(
            [(3, CalendarLineProblem.BadDate), (4, CalendarLineProblem.Duplicate), (5, CalendarLineProblem.AdjustedNotWeekend)],
            parse.Errors.Select(e => (e.Line, e.Problem)));
        Assert.Equal("1", parse.Errors[1].Text);
    }

    [Fact]
    public void Parse_NameTooLong_IsRefused()
    {
        var parse = CalendarYearText.Parse(2031, "2031-01-01 放假 " + new string('节', CalendarYearText.MaxNameLength + 1));
        Assert.Equal(CalendarLineProblem.NameTooLong, Assert.Single(parse.Errors).Problem);
    }

    [Fact]
    public void Write_ReadsBackAsTheSameDays()
    {
        var days = new[] { new CalendarDay(D("2031-01-04"), CalendarDayKind.AdjustedWorkingDay, "春节"), new CalendarDay(D("2031-01-01"), CalendarDayKind.Holiday, "元旦") };
        var text = CalendarYearText.Write(days);
        Assert.Equal("2031-01-01 放假 元旦\n2031-01-04 调休 春节", text);
        Assert.Equal(days.OrderBy(d => d.Date).Select(d => (d.Date, d.Kind, d.Name)), CalendarYearText.Parse(2031, text).Days.Select(d => (d.Date, d.Kind, d.Name)));
    }

    [Fact]
    public void Changes_OnePerAddedChangedOrRemovedDay()
    {
        var before = new[]
        {
            new CalendarDay(D("2031-01-01"), CalendarDayKind.Holiday, "元旦"),
            new CalendarDay(D("2031-01-02"), CalendarDayKind.Holiday, "元旦"),
            new CalendarDay(D("2031-01-03"), CalendarDayKind.Holiday, "元旦"),
        };
        var after = new[]
        {
            new CalendarDay(D("2031-01-01"), CalendarDayKind.Holiday, "元旦"),
            new CalendarDay(D("2031-01-02"), CalendarDayKind.Holiday, "新年"),
            new CalendarDay(D("2031-01-04"), CalendarDayKind.AdjustedWorkingDay, "元旦"),
        };
        var at = new DateTimeOffset(2030, 11, 1, 2, 0, 0, TimeSpan.Zero);
        var changes = CalendarYearText.Changes(before, after, at, "staff@xinjiang.example.com", "xinjiang");
        Assert.Equal(
            [
                (D("2031-01-02"), (CalendarDayKind?)CalendarDayKind.Holiday, "元旦", (CalendarDayKind?)CalendarDayKind.Holiday, "新年"),
                (D("2031-01-03"), CalendarDayKind.Holiday, "元旦", null, null),
                (D("2031-01-04"), null, null, CalendarDayKind.AdjustedWorkingDay, "元旦"),
            ],
            changes.Select(c => (c.Date, c.KindBefore, c.NameBefore, c.KindAfter, c.NameAfter)));
        Assert.All(changes, c => Assert.Equal(("staff@xinjiang.example.com", "xinjiang", at), (c.UserName, c.Association, c.At)));
    }
}
