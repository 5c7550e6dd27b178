using GrantPortal.Domain.Common;
using GrantPortal.Domain.Notices;
using static GrantPortal.Domain.Tests.Notices.NoticeFixtures;

namespace GrantPortal.Domain.Tests.Notices;

/// <summary>公示期: N working days after the day of publication, ending at the end of the last one (Beijing time).</summary>
public class NoticeClosingTests
{
    [Theory]
    // An ordinary week: Mon → Tue…Fri, Mon; closes at the end of Mon 2026-06-08.
    [InlineData("2026-06-01", 5, "2026-06-09")]
    // Published Fri 2026-09-25 (中秋节): Mon 28, Tue 29, Wed 30, (国庆节 10-01…10-07) Thu 10-08, Fri 10-09.
    [InlineData("2026-09-25", 5, "2026-10-10")]
    // Thu 09-24: the same five days.
    [InlineData("2026-09-24", 5, "2026-10-10")]
    // Thu 2026-10-08 for 2: Fri 10-09 and the adjusted working Saturday 10-10.
    [InlineData("2026-10-08", 2, "2026-10-11")]
    // Fri 2026-09-18 for 1: Sun 09-20 is an adjusted working day.
    [InlineData("2026-09-18", 1, "2026-09-21")]
    // Fri 2026-02-13 for 5 (春节): Sat 02-14 worked, 02-15…02-23 off, Tue 24, Wed 25, Thu 26, Fri 27.
    [InlineData("2026-02-13", 5, "2026-02-28")]
    // Tue 2026-02-24 for 5: Wed 25, Thu 26, Fri 27, Sat 28 (worked), Mon 03-02.
    [InlineData("2026-02-24", 5, "2026-03-03")]
    public void ClosingTime_CountsWorkingDaysOfTheCalendar(string published, int days, string closesAtMidnightOf)
    {
        var closes = PublicNotice.ClosingTime(Beijing(published, 16), days, Calendar2026);

        Assert.Equal(BeijingTime.StartOf(D(closesAtMidnightOf)), closes);
    }

    [Fact]
    public void ClosingTime_PublishedLateInTheEvening_InBeijing_CountsFromTheBeijingDay()
    {
        // 2026-06-01 23:30 Beijing is 15:30 UTC the same day; 2026-06-02 00:30 Beijing is still 06-01 in UTC.
        var lateMonday = BeijingTime.At(D("2026-06-01"), new TimeOnly(23, 30));
        var earlyTuesday = BeijingTime.At(D("2026-06-02"), new TimeOnly(0, 30));

        Assert.Equal(BeijingTime.StartOf(D("2026-06-09")), PublicNotice.ClosingTime(lateMonday, 5, Calendar2026));
        Assert.Equal(BeijingTime.StartOf(D("2026-06-10")), PublicNotice.ClosingTime(earlyTuesday, 5, Calendar2026));
    }

    [Fact]
    public void Status_ClosesByItself_AtTheClosingInstant()
    {
        var notice = Published(Beijing("2026-09-25"));

        Assert.Equal(NoticeStatus.Open, notice.StatusAt(BeijingTime.At(D("2026-10-09"), new TimeOnly(23, 59, 59))));
        Assert.Equal(NoticeStatus.Closed, notice.StatusAt(BeijingTime.StartOf(D("2026-10-10"))));
        Assert.Equal(D("2026-09-28"), notice.FirstDay(Calendar2026));
    }

    [Fact]
    public void Publish_TakesTheCallsPeriodOrFive()
    {
        var (call, _, _) = ConfirmedDecision();
        Assert.Equal(5, PublicNotice.DefaultWorkingDaysOf(call));
        call.SetRules(null, call.Submission, call.Disbursement, call.Review with { PublicNoticeWorkingDays = 7 }, call.Eligibility, call.SpendingRules, call.Debarments, call.Contacts, call.Notes);
        Assert.Equal(7, PublicNotice.DefaultWorkingDaysOf(call));
        Assert.Equal("关于排序测试拟立项项目的公示", PublicNotice.DefaultTitle(call));
    }

    [Fact]
    public void Publish_UnconfirmedDecision_Refused()
    {
        var (call, decision, lines) = ConfirmedDecision(confirm: false);

        var error = Assert.Throws<DomainException>(() =>
            PublicNotice.Publish(call, decision, lines, "公示", "", 5, Calendar2026, null, "staff", Beijing("2026-06-01")));

        Assert.Equal("notice.decision_not_confirmed", error.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public void Publish_PeriodOutOfRange_Refused(int days)
    {
        var (call, decision, lines) = ConfirmedDecision();

        var error = Assert.Throws<DomainException>(() =>
            PublicNotice.Publish(call, decision, lines, "公示", "", days, Calendar2026, null, "staff", Beijing("2026-06-01")));

        Assert.Equal("notice.days_invalid", error.Code);
    }

    [Fact]
    public void Publish_SnapshotsTheApprovedLinesInOrder()
    {
        var notice = Published(Beijing("2026-06-01"));

        Assert.Equal([1, 2], notice.Lines.Select(l => l.Order));
        Assert.Equal([40000m, 30000m], notice.Lines.Select(l => l.Amount));
        Assert.Equal(BeijingTime.StartOf(D("2026-06-09")), notice.ClosesAt);
    }
}
