using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Eligibility;
using GrantPortal.Domain.FormalChecks;

namespace GrantPortal.Domain.Tests.FormalChecks;

public sealed class FormalChecklistTests
{
    private static FormalCheckItem Item(FormalChecklist checklist, string code) => checklist.Items.Single(i => i.Code == code);

    [Fact]
    public void CompleteApplication_OfACallWithoutMaterials_PassesEveryItem_AndIsClean()
    {
        var checklist = new FormalCheckTestData().Checklist();
        Assert.All(checklist.Items, i => Assert.Equal(CheckItemOutcome.Pass, i.Outcome));
        Assert.False(checklist.IsFlagged);
        Assert.False(checklist.HasFailures);
        Assert.Empty(checklist.ManualItems);
        Assert.Equal(["form", "uploads", "eligibility", "debarment", "limit", "deadline", "similarity", "partners", "sealed-scan"], checklist.Items.Select(i => i.Code));
    }

    [Fact]
    public void MissingRequiredAnswer_FailsTheFormItem_NamingTheField()
    {
        var data = new FormalCheckTestData(values: new Dictionary<string, string> { [FormKeys.ProjectName] = "学术年会", ["plan"] = Guid.Empty.ToString() });
        var item = Item(data.Checklist(), "form");
        Assert.Equal(CheckItemOutcome.Fail, item.Outcome);
        Assert.Contains("申请经费", item.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void UploadedFileGone_FailsTheUploadsItem()
    {
        var data = new FormalCheckTestData();
        var checklist = data.Checklist(files: new HashSet<Guid>());
        Assert.Equal(CheckItemOutcome.Fail, Item(checklist, "uploads").Outcome);
        Assert.Contains("实施方案", Item(checklist, "uploads").Detail, StringComparison.Ordinal);
        Assert.True(checklist.IsFlagged);
    }

    [Fact]
    public void Eligibility_SplitsIntoItsItems_AndIgnoresTheClosedCall()
    {
        var data = new FormalCheckTestData();
        var checklist = data.Checklist(eligibility:
        [
            new Ineligibility(IneligibilityCode.CallClosed, "已截止"),
            new Ineligibility(IneligibilityCode.Debarred, "本单位已被取消申报资格至 2031-01-01"),
            new Ineligibility(IneligibilityCode.LimitReached, "每个单位限报 2 项，已申报 2 项"),
            new Ineligibility(IneligibilityCode.ConditionNotMet, "须为一流学会创建单位", Blocking: false),
        ]);
        Assert.Equal(CheckItemOutcome.Fail, Item(checklist, "debarment").Outcome);
        Assert.Equal(CheckItemOutcome.Fail, Item(checklist, "limit").Outcome);
        Assert.Equal(CheckItemOutcome.Warning, Item(checklist, "eligibility").Outcome);
        Assert.DoesNotContain("已截止", string.Join("", checklist.Items.Select(i => i.Detail)), StringComparison.Ordinal);
    }

    [Fact]
    public void UnresolvedSimilarity_IsAWarning_ThatFlags_ResolvedPasses()
    {
        var data = new FormalCheckTestData();
        data.Application.FlagSimilarity(Guid.NewGuid(), 0.93m);
        var item = Item(data.Checklist(), "similarity");
        Assert.Equal(CheckItemOutcome.Warning, item.Outcome);
        Assert.True(item.IsFlagged);
        data.Application.AllowSimilarity("不同项目", null, FormalCheckTestData.Before);
        Assert.Equal(CheckItemOutcome.Pass, Item(data.Checklist(), "similarity").Outcome);
    }

    [Theory]
    [InlineData(SealedScanState.Matches, true, CheckItemOutcome.Pass)]
    [InlineData(SealedScanState.Unconfirmed, true, CheckItemOutcome.Warning)]
    [InlineData(SealedScanState.Missing, true, CheckItemOutcome.Fail)]
    [InlineData(SealedScanState.Missing, false, CheckItemOutcome.Pass)]
    [InlineData(SealedScanState.Mismatch, true, CheckItemOutcome.Fail)]
    [InlineData(SealedScanState.Mismatch, false, CheckItemOutcome.Fail)]
    [InlineData(SealedScanState.Outdated, true, CheckItemOutcome.Fail)]
    public void SealedScan_MustBelongToTheLatestVersion(SealedScanState state, bool required, CheckItemOutcome expected)
    {
        var data = new FormalCheckTestData(new SubmissionRequirements { RequiresSealedScan = required });
        var item = Item(data.Checklist(scan: new SealedScanFinding(state, "不一致：扫描件为第 1 版，最新为第 2 版")), "sealed-scan");
        Assert.Equal(expected, item.Outcome);
        // Awaiting staff's look is never a pass, but it does not hold the application back as a defect either.
        Assert.Equal(state == SealedScanState.Unconfirmed, item.Unverified);
        if (expected == CheckItemOutcome.Fail && state != SealedScanState.Missing)
        {
            Assert.Contains("第 1 版", item.Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ManualItems_ComeFromTheSubmissionRequirements_AndPassOnceTicked()
    {
        var data = new FormalCheckTestData(new SubmissionRequirements { PaperCopies = 3, Materials = ["项目申报书纸质版", "单位推荐函"] });
        var checklist = data.Checklist();
        Assert.Equal(["manual.paper", "manual.seal", "manual.material.0", "manual.material.1"], checklist.ManualItems.Select(i => i.Code));
        Assert.Contains("一式 3 份", checklist.ManualItems[0].Label, StringComparison.Ordinal);
        Assert.Equal(4, checklist.Unconfirmed.Count);
        Assert.False(checklist.IsFlagged);

        var ticked = data.Checklist(["manual.paper", "manual.material.1"]);
        Assert.Equal(["manual.seal", "manual.material.0"], ticked.Unconfirmed.Select(i => i.Code));
        Assert.Empty(checklist.AllConfirmed().Unconfirmed);
    }

    [Fact]
    public void AnotherSource_AddsItsItems()
    {
        var data = new FormalCheckTestData();
        FormalCheckItemSource extra = _ => [FormalCheckItem.Fail("extra", "额外检查", "不符合")];
        var checklist = FormalChecklist.Build(data.Facts(), null, [.. FormalCheckItems.Standard, extra]);
        Assert.Equal("extra", checklist.Items[^1].Code);
        Assert.True(checklist.HasFailures);
    }

    [Fact]
    public void SubmittedAfterTheDeadline_Fails_ResubmittedWithinTheCorrectionDeadline_Passes()
    {
        var data = new FormalCheckTestData();
        var application = data.Application;
        var returned = FormalCheckTestData.Deadline.AddDays(1);
        application.ReturnForCorrection(application.Revision, data.Checklist(), "预算表缺少明细", returned.AddDays(5), FormalCheckTestData.Staff, returned);
        application.Save(application.Values, application.Revision, CallPhase.Closed, null, returned.AddDays(1));
        application.Submit(application.Revision, CallPhase.Closed, () => "unused", null, returned.AddDays(1));
        var item = Item(data.Checklist(), "deadline");
        Assert.Equal(CheckItemOutcome.Pass, item.Outcome);
        Assert.Contains("第 2 版", item.Detail, StringComparison.Ordinal);
    }
}
