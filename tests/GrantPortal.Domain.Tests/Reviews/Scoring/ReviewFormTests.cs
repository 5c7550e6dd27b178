using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Forms;
using GrantPortal.Domain.Reviews;

namespace GrantPortal.Domain.Tests.Reviews.Scoring;

/// <summary>A stored review form: valid content only, and no change once scored.</summary>
public class ReviewFormTests
{
    private static readonly DateTimeOffset Now = new(2027, 9, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void New_WithInvalidContent_IsRefused()
    {
        var content = DefaultCriteria.Form with { Criteria = [.. DefaultCriteria.Criteria.Skip(1)] }; // 70
        Assert.Equal("review_form.invalid", Assert.Throws<DomainException>(() => new ReviewForm(Guid.NewGuid(), Guid.NewGuid(), null, content, "staff", Now)).Code);
    }

    [Fact]
    public void Revise_AfterScores_IsRefused_AndKeepsTheContent()
    {
        var form = new ReviewForm(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DefaultCriteria.Form, "staff", Now);
        var changed = DefaultCriteria.Form with { CommentMinLength = 100 };

        Assert.Equal("review_form.scored", Assert.Throws<DomainException>(() => form.Revise(changed, scored: true, "staff", Now)).Code);
        Assert.Equal(50, form.Content.CommentMinLength);

        form.Revise(changed, scored: false, "other", Now.AddHours(1));
        Assert.Equal(100, form.Content.CommentMinLength);
        Assert.Equal("other", form.UpdatedBy);
    }

    [Fact]
    public void Draft_KeepsWhatWasTyped_EvenInvalidNumbers()
    {
        var draft = new ScoreSheetDraft(NewAssignment(), Now);
        draft.Save(new Dictionary<string, string> { ["a"] = "八分", ["b"] = " 7.5 ", ["c"] = "" }, "意见", ReviewRecommendation.Support, "3万", Now);

        Assert.Equal("八分", draft.Scores["a"]);
        Assert.Equal("7.5", draft.Scores["b"]);
        Assert.False(draft.Scores.ContainsKey("c"));
        Assert.Equal("3万", draft.SuggestedAmount);
    }

    private static ReviewAssignment NewAssignment()
    {
        var tenant = Guid.NewGuid();
        var call = new GrantCall(tenant, 2027, "通知", Now);
        var category = call.AddCategory(null, "1", "类别");
        category.AddFormVersion(new FormSchema { Title = "t", Sections = [new FormSection { Key = "s", Title = "s", Fields = [new FormField { Key = FormKeys.ProjectName, Label = "项目名称" }] }] }, Now);
        var application = new GrantApplication(tenant, category, Guid.NewGuid(), null, Now);
        return new ReviewAssignment(application, new Expert(tenant, "李专家", "单位", ExpertType.Financial, Now), false, null, Now);
    }
}
