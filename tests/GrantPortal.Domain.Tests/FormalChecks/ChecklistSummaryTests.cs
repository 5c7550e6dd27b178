using GrantPortal.Domain.FormalChecks;

namespace GrantPortal.Domain.Tests.FormalChecks;

/// <summary>What the formal-check list shows of a checklist: failures, items to look at, manual items not ticked.</summary>
public sealed class ChecklistSummaryTests
{
    private static FormalChecklist Checklist(params FormalCheckItem[] items) => new(items);

    [Fact]
    public void Of_CountsFailuresFlaggedAndUnticked_AsTheChecklistDoes()
    {
        var checklist = Checklist(
            FormalCheckItem.Fail("form", "填写完整", "缺项目名称"),
            FormalCheckItem.Warning("similar", "查重", "相似度 0.91"),
            FormalCheckItem.Pass("time", "按时提交", "是"),
            FormalCheckItem.ToConfirm("paper", "纸质材料一致"),
            new FormalCheckItem("partners", "合作单位", CheckItemOutcome.Warning, "未核验", Unverified: true));

        var summary = ChecklistSummary.Of(checklist);

        Assert.Equal(new ChecklistSummary(1, 2, 1), summary);
        Assert.Equal(1, summary.Warnings);
        Assert.Equal(checklist.IsFlagged, summary.IsFlagged);
    }

    [Fact]
    public void Of_CleanChecklist_IsNotFlagged_EvenWithManualItemsToTick()
    {
        var summary = ChecklistSummary.Of(Checklist(FormalCheckItem.Pass("form", "填写完整", "完整"), FormalCheckItem.ToConfirm("paper", "纸质材料一致")));

        Assert.False(summary.IsFlagged);
        Assert.Equal(new ChecklistSummary(0, 0, 1), summary);
    }
}
