using GrantPortal.Domain.Calendar;
using GrantPortal.Domain.Calls;

namespace GrantPortal.Domain.Tests.Calls;

/// <summary>
/// Tests for <see cref="DeadlineRule"/>. Guangxi 2023-3: 活动结束后10个工作日内 提交验收材料; Xinjiang 2025:
/// 项目周期为6个月 (立项后). The 2023 calendar is 国办发明电〔2022〕16号: 09-29..10-06 off, 10-07 and 10-08 worked.
/// </summary>
public class DeadlineRuleTests
{
    private static readonly WorkingDayCalendar Calendar2023 = new(
        Enumerable.Range(0, 8).Select(i => new CalendarDay(new DateOnly(2023, 9, 29).AddDays(i), CalendarDayKind.Holiday, "中秋节、国庆节"))
            .Append(new CalendarDay(new DateOnly(2023, 10, 7), CalendarDayKind.AdjustedWorkingDay, "中秋节、国庆节"))
            .Append(new CalendarDay(new DateOnly(2023, 10, 8), CalendarDayKind.AdjustedWorkingDay, "中秋节、国庆节")));

    private static readonly WorkingDayCalendar NoHolidays = new([]);

    [Fact]
    public void Resolve_TenWorkingDaysAfterActivityEndBeforeNationalDay_SkipsTheHolidayCountsMakeUpDays()
    {
        var rule = DeadlineRule.WorkingDays(10, DeadlineEvent.ActivityEnd, "活动结束后10个工作日内");

        // 10-07, 10-08 (调休), 10-09..10-13, 10-16, 10-17, 10-18.
        Assert.Equal(new DateOnly(2023, 10, 18), rule.Resolve(new DateOnly(2023, 9, 28), Calendar2023));
    }

    [Fact]
    public void Resolve_TenWorkingDaysWithoutHolidays_TwoWeeks()
    {
        var rule = DeadlineRule.WorkingDays(10, DeadlineEvent.ActivityEnd);

        Assert.Equal(new DateOnly(2023, 10, 12), rule.Resolve(new DateOnly(2023, 9, 28), NoHolidays));
    }

    [Fact]
    public void Resolve_SixMonthsAfterApproval_SameDaySixMonthsLater()
    {
        var rule = DeadlineRule.Months(6, DeadlineEvent.Approval, "项目周期为6个月");

        Assert.Equal(new DateOnly(2026, 1, 15), rule.Resolve(new DateOnly(2025, 7, 15), Calendar2023));
    }

    [Fact]
    public void Resolve_SixMonthsAfterAugust31_ClampsToEndOfFebruary()
    {
        var rule = DeadlineRule.Months(6, DeadlineEvent.Approval);

        Assert.Equal(new DateOnly(2026, 2, 28), rule.Resolve(new DateOnly(2025, 8, 31), NoHolidays));
    }

    [Fact]
    public void Resolve_FixedDate_IgnoresTheEventDate()
    {
        var rule = DeadlineRule.OnDate(new DateOnly(2023, 12, 10), "12月10日前提交验收材料");

        Assert.Equal(new DateOnly(2023, 12, 10), rule.Resolve(new DateOnly(2023, 9, 28), Calendar2023));
        Assert.Equal(new DateOnly(2023, 12, 10), rule.Resolve(null, Calendar2023));
    }

    [Fact]
    public void Resolve_RelativeRuleWithoutEventDate_Null()
    {
        Assert.Null(DeadlineRule.WorkingDays(10, DeadlineEvent.ActivityEnd).Resolve(null, Calendar2023));
        Assert.Null(DeadlineRule.Months(6, DeadlineEvent.Approval).Resolve(null, Calendar2023));
    }

    [Fact]
    public void Resolve_NullCalendar_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => DeadlineRule.OnDate(new DateOnly(2023, 12, 10)).Resolve(null, null!));
    }

    [Fact]
    public void IsWellFormed_FactoryRules_True()
    {
        Assert.True(DeadlineRule.OnDate(new DateOnly(2023, 12, 31)).IsWellFormed);
        Assert.True(DeadlineRule.WorkingDays(10, DeadlineEvent.ActivityEnd).IsWellFormed);
        Assert.True(DeadlineRule.Months(6, DeadlineEvent.Approval).IsWellFormed);
    }

    [Fact]
    public void IsWellFormed_Empty_False()
    {
        Assert.False(new DeadlineRule().IsWellFormed);
        Assert.False(new DeadlineRule { Event = DeadlineEvent.Approval, Label = "立项后" }.IsWellFormed);
    }

    [Fact]
    public void IsWellFormed_TwoKinds_False()
    {
        Assert.False((DeadlineRule.OnDate(new DateOnly(2023, 12, 31)) with { MonthsAfter = 6, Event = DeadlineEvent.Approval }).IsWellFormed);
        Assert.False((DeadlineRule.WorkingDays(10, DeadlineEvent.ActivityEnd) with { MonthsAfter = 6 }).IsWellFormed);
        Assert.False((DeadlineRule.WorkingDays(10, DeadlineEvent.ActivityEnd) with { Date = new DateOnly(2023, 12, 10) }).IsWellFormed);
    }

    [Fact]
    public void IsWellFormed_RelativeWithoutEvent_False()
    {
        Assert.False(new DeadlineRule { WorkingDaysAfter = 10 }.IsWellFormed);
        Assert.False(new DeadlineRule { MonthsAfter = 6 }.IsWellFormed);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void IsWellFormed_NonPositiveCount_False(int count)
    {
        Assert.False(DeadlineRule.WorkingDays(count, DeadlineEvent.ActivityEnd).IsWellFormed);
        Assert.False(DeadlineRule.Months(count, DeadlineEvent.Approval).IsWellFormed);
    }

    [Fact]
    public void IsWellFormed_DateWithEvent_True()
    {
        Assert.True((DeadlineRule.OnDate(new DateOnly(2023, 12, 10)) with { Event = DeadlineEvent.ProjectEnd }).IsWellFormed);
    }
}
