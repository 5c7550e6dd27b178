using GrantPortal.Domain.Acceptance;
using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calendar;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Tests.Awards;

namespace GrantPortal.Domain.Tests.Acceptance;

/// <summary>验收: the checklist from the category's materials, report lengths in characters, the photo limit, submitting only when complete, the due date and debarment years.</summary>
public class AcceptanceTests
{
    private static readonly DateTimeOffset Now = new(2027, 5, 1, 2, 0, 0, TimeSpan.Zero);

    private static readonly TrancheRule[] Xinjiang =
    [
        new(60m, DisbursementMilestone.OnApproval),
        new(30m, DisbursementMilestone.MidTermEvaluation),
        new(10m, DisbursementMilestone.Acceptance),
    ];

    private static Award NewAward() => Award.Grant(AwardTests.Application(), "测试学会", 30000m, Xinjiang, null, Now);

    private static AcceptanceSubmission Submission(params AcceptanceMaterial[] materials) =>
        AcceptanceSubmission.Start(NewAward(), AcceptanceChecklist.For(materials), Now);

    private static AcceptanceFile Photo() => new(Guid.NewGuid(), "p.jpg", 100, "image/jpeg");

    [Theory]
    [InlineData("", 0)]
    [InlineData("   \n\t　", 0)]
    [InlineData("科学技术协会", 6)]
    [InlineData("科 学\n技术 协会\r\n", 6)]
    [InlineData("abc 123，。", 8)]
    [InlineData("👍科协", 3)]
    public void Characters_CountEachCharacterOnce_WithoutWhitespace(string text, int expected) =>
        Assert.Equal(expected, AcceptanceText.Characters(text));

    [Fact]
    public void Report_ShorterThanItsMinimum_IsTooShort_EvenPaddedWithSpaces_ThenDone()
    {
        var submission = Submission(new AcceptanceMaterial { Name = "总结报告", Kind = AcceptanceMaterialKind.Report, MinCharacters = 2000 });
        // 1,999 Chinese characters are 5,997 UTF-8 bytes: still short, as are spaces that pad it.
        submission.SetText(0, new string('字', 1999) + new string(' ', 500), Now);
        var line = Assert.Single(submission.Checklist());
        Assert.Equal(AcceptanceShortfall.TooShort, line.Shortfall);
        Assert.Equal(1999, line.Count);
        submission.SetText(0, new string('字', 2000), Now);
        Assert.True(submission.IsComplete);
    }

    [Fact]
    public void Photos_AtMostTwenty_TheTwentyFirstIsRefused()
    {
        var submission = Submission(new AcceptanceMaterial { Name = "照片", Kind = AcceptanceMaterialKind.Photos, MaxFiles = 50 });
        Assert.Equal(20, submission.Requirements[0].MaxCount);
        for (var i = 0; i < 20; i++)
        {
            submission.AddFile(0, Photo(), Now);
        }
        var refused = Assert.Throws<DomainException>(() => submission.AddFile(0, Photo(), Now));
        Assert.Equal("acceptance.too_many", refused.Code);
        Assert.Equal(20, submission.ItemAt(0).Files.Count);
    }

    [Fact]
    public void Links_MustBeHttpAddresses_NothingSavedOnABadOne()
    {
        var submission = Submission(new AcceptanceMaterial { Name = "新闻稿链接", Kind = AcceptanceMaterialKind.News });
        Assert.Equal(AcceptanceInput.Links, submission.Requirements[0].Input);
        var refused = Assert.Throws<DomainException>(() => submission.SetLinks(0, ["https://www.xjkx.org.cn/news/1", "javascript:alert(1)"], Now));
        Assert.Equal("acceptance.bad_link", refused.Code);
        Assert.Empty(submission.ItemAt(0).Links);
        Assert.False(AcceptanceLinks.IsValid("ftp://example.com/x"));
        Assert.False(AcceptanceLinks.IsValid("新闻"));
        submission.SetLinks(0, ["https://www.xjkx.org.cn/news/1", " http://gxkx.gov.cn/a?b=1 "], Now);
        Assert.True(submission.IsComplete);
    }

    [Fact]
    public void DefaultChecklist_WhenTheCategoryHasNone_ReportPhotosSignInSheet()
    {
        var requirements = AcceptanceChecklist.For([]);
        Assert.Equal(["总结报告", "照片", "签到表"], requirements.Select(r => r.Name));
        Assert.Equal(2000, requirements[0].MinCharacters);
        Assert.Equal(AcceptanceInput.Files, requirements[1].Input);
        Assert.Equal(20, requirements[1].MaxCount);
        Assert.Contains(".pdf", requirements[2].Accept);
        Assert.Contains(".pptx", AcceptanceChecklist.For([new AcceptanceMaterial { Name = "课件", Kind = AcceptanceMaterialKind.Slides, MinCount = 5 }])[0].Accept);
    }

    [Fact]
    public void Submit_OnlyWhenTheChecklistIsComplete_LateMarked_RevisionAndResubmit()
    {
        var submission = Submission(
            new AcceptanceMaterial { Name = "总结报告", Kind = AcceptanceMaterialKind.Report, MinCharacters = 10 },
            new AcceptanceMaterial { Name = "照片", Kind = AcceptanceMaterialKind.Photos, MinCount = 2 });
        submission.SetText(0, new string('字', 10), Now);
        submission.AddFile(1, Photo(), Now);
        Assert.Equal(AcceptanceShortfall.TooFew, submission.Checklist()[1].Shortfall);
        var refused = Assert.Throws<DomainException>(() => submission.Submit(null, submission.Version, null, "a", Now));
        Assert.Equal("acceptance.incomplete", refused.Code);
        Assert.Equal(AcceptanceStatus.Draft, submission.Status);

        submission.AddFile(1, Photo(), Now);
        var due = BeijingTime.Today(Now).AddDays(-3);
        submission.Submit(due, submission.Version, null, "a", Now);
        Assert.Equal(AcceptanceStatus.Submitted, submission.Status);
        Assert.Equal(3, submission.DaysLate);
        Assert.Throws<DomainException>(() => submission.SetText(0, "改", Now));

        Assert.Equal("acceptance.comment_required",
            Assert.Throws<DomainException>(() => submission.RequestRevision(new Dictionary<int, string>(), " ", submission.Version, null, "s", Now)).Code);
        submission.RequestRevision(new Dictionary<int, string> { [0] = "请补充活动成效" }, null, submission.Version, null, "s", Now);
        Assert.Equal("请补充活动成效", submission.ItemAt(0).StaffComment);
        submission.SetText(0, new string('改', 20), Now);
        submission.Submit(due, submission.Version, null, "a", Now);
        Assert.Equal(2, submission.Round);
        submission.Accept(null, submission.Version, null, "s", Now);
        Assert.Equal(AcceptanceStatus.Accepted, submission.Status);
        Assert.Equal(
            [AcceptanceAction.Submitted, AcceptanceAction.RevisionRequested, AcceptanceAction.Submitted, AcceptanceAction.Accepted],
            submission.History.Select(h => h.Action));
    }

    [Fact]
    public void DueDate_TenWorkingDaysAfterTheActivity_SkipsTheSeededHolidayAndWeekends()
    {
        // 国庆节 2027: 1–7 October off; Saturday 9 October an adjusted working day.
        var days = Enumerable.Range(1, 7).Select(d => new CalendarDay(new DateOnly(2027, 10, d), CalendarDayKind.Holiday, "国庆节"))
            .Append(new CalendarDay(new DateOnly(2027, 10, 9), CalendarDayKind.AdjustedWorkingDay, "国庆节"));
        var calendar = new WorkingDayCalendar(days);
        var rule = DeadlineRule.WorkingDays(10, DeadlineEvent.ActivityEnd);
        Assert.True(AcceptanceDue.NeedsEndDate(rule));
        var award = NewAward();
        Assert.Null(AcceptanceDue.DueOn(rule, award, null, calendar));
        // Activity ends Thursday 30 September: 8 Oct (Fri), 9 (Sat, worked), 11–15, 18, 19, 20 → the tenth is Wednesday 20 October.
        Assert.Equal(new DateOnly(2027, 10, 20), AcceptanceDue.DueOn(rule, award, new DateOnly(2027, 9, 30), calendar));
        Assert.Equal(new DateOnly(2027, 12, 10), AcceptanceDue.DueOn(DeadlineRule.OnDate(new DateOnly(2027, 12, 10)), award, null, calendar));
        Assert.Equal(0, AcceptanceDue.DaysLate(new DateOnly(2027, 10, 19), new DateOnly(2027, 10, 19)));
        Assert.Equal(2, AcceptanceDue.DaysLate(new DateOnly(2027, 10, 19), new DateOnly(2027, 10, 21)));
    }

    [Fact]
    public void DebarmentYears_ByReason_FromTheCallsRuleElseDefaults()
    {
        Assert.Equal(1, DebarmentTerms.YearsFor(DebarmentReason.NonCompletion, []));
        Assert.Equal(3, DebarmentTerms.YearsFor(DebarmentReason.Falsification, []));
        Assert.Equal(3, DebarmentTerms.YearsFor(DebarmentReason.Falsification, [new DebarmentRule(DebarmentReason.Falsification, 3, "湖南")]));
        Assert.Equal(2, DebarmentTerms.YearsFor(DebarmentReason.NonCompletion, [new DebarmentRule(DebarmentReason.NonCompletion, 2)]));
        Assert.Equal(1, DebarmentTerms.YearsFor(DebarmentReason.NonCompletion, [new DebarmentRule(DebarmentReason.Falsification, 3)]));
        Assert.Equal(DebarmentReason.NonCompletion, DebarmentTerms.ReasonFor(TerminationGround.AcceptanceFailed));
        Assert.Equal(DebarmentReason.Falsification, DebarmentTerms.ReasonFor(TerminationGround.Falsification));
    }
}
