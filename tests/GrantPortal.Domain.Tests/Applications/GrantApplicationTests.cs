using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Domain.Tests.Applications;

/// <summary>An application's life before the deadline: revisioned saves, submissions kept as versions, withdrawal and resubmission, numbers.</summary>
public class GrantApplicationTests
{
    private static readonly DateTimeOffset Now = new(2027, 5, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Organization = Guid.NewGuid();

    private static GrantApplication Draft()
    {
        var call = new GrantCall(Guid.NewGuid(), 2027, "2027年度通知", Now);
        var category = call.AddCategory(null, "2027-3", "学术交流");
        category.AddFormVersion(new FormSchema
        {
            Title = "申报书",
            Sections = [new FormSection { Key = "s", Title = "基本信息", Fields = [new FormField { Key = FormKeys.ProjectName, Label = "项目名称" }] }],
        }, Now);
        return new GrantApplication(call.TenantId, category, Organization, null, Now);
    }

    private static Dictionary<string, string> Values(string title, string amount = "50000") =>
        new(StringComparer.Ordinal) { [FormKeys.ProjectName] = title, [FormKeys.RequestedAmount] = amount, ["empty"] = "  " };

    [Fact]
    public void New_IsADraftOnTheCategorysCurrentFormVersion()
    {
        var application = Draft();

        Assert.Equal(ApplicationStatus.Draft, application.Status);
        Assert.Equal(1, application.FormVersion);
        Assert.Equal(0, application.Revision);
        Assert.Null(application.Number);
    }

    [Fact]
    public void Save_ReadsTitleAndAmount_DropsBlanks_CountsTheRevision()
    {
        var application = Draft();

        application.Save(Values(" 丝路青年学术论坛 "), 0, CallPhase.Open, null, Now);

        Assert.Equal("丝路青年学术论坛", application.Title);
        Assert.Equal(50000m, application.RequestedAmount);
        Assert.False(application.Values.ContainsKey("empty"));
        Assert.Equal(1, application.Revision);
    }

    [Fact]
    public void Save_FromAnOlderRevision_IsRefusedNamingTheCurrentOne()
    {
        var application = Draft();
        application.Save(Values("甲"), 0, CallPhase.Open, null, Now);

        var error = Assert.Throws<DomainException>(() => application.Save(Values("乙"), 0, CallPhase.Open, null, Now));

        Assert.Equal("application.stale", error.Code);
        Assert.Equal(1, error.Arguments[0]);
        Assert.Equal("甲", application.Title);
    }

    [Theory]
    [InlineData(CallPhase.Closed)]
    [InlineData(CallPhase.NotOpen)]
    public void Save_OutsideTheOpenPhase_IsReadOnly(CallPhase phase)
    {
        Assert.Equal("application.read_only", Assert.Throws<DomainException>(() => Draft().Save(Values("甲"), 0, phase, null, Now)).Code);
    }

    [Fact]
    public void Submit_KeepsAnImmutableVersion_AndTheNumberOnce()
    {
        var application = Draft();
        application.Save(Values("论坛"), 0, CallPhase.Open, null, Now);
        var numbers = 0;

        var first = application.Submit(1, CallPhase.Open, () => $"GX-2027-3-{++numbers:0000}", null, Now);
        application.Withdraw(2, CallPhase.Open, null, Now);
        application.Save(Values("论坛（修订）", "60000"), 3, CallPhase.Open, null, Now.AddHours(1));
        var second = application.Submit(4, CallPhase.Open, () => $"GX-2027-3-{++numbers:0000}", null, Now.AddHours(1));

        Assert.Equal((1, 2), (first.Version, second.Version));
        Assert.Equal("GX-2027-3-0001", application.Number);
        Assert.Equal(1, numbers);
        Assert.Equal(("论坛", 50000m), (first.Title, first.RequestedAmount!.Value));
        Assert.Equal("论坛", first.Values[FormKeys.ProjectName]);
        Assert.Equal(("论坛（修订）", 60000m), (second.Title, second.RequestedAmount!.Value));
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal(Now.AddHours(1), application.SubmittedAt);
    }

    [Fact]
    public void Submit_Twice_IsRefusedTheSecondTime()
    {
        var application = Draft();
        application.Submit(0, CallPhase.Open, () => "N-1", null, Now);

        Assert.Equal("application.already_submitted", Assert.Throws<DomainException>(() => application.Submit(1, CallPhase.Open, () => "N-2", null, Now)).Code);
        Assert.Single(application.Submissions);
    }

    [Fact]
    public void Submit_AfterTheDeadline_IsRefused()
    {
        Assert.Equal("application.call_closed", Assert.Throws<DomainException>(() => Draft().Submit(0, CallPhase.Closed, () => "N", null, Now)).Code);
    }

    [Fact]
    public void Withdraw_AfterTheDeadlineOrUnsubmitted_IsRefused()
    {
        var application = Draft();
        Assert.Equal("application.cannot_withdraw", Assert.Throws<DomainException>(() => application.Withdraw(0, CallPhase.Open, null, Now)).Code);
        application.Submit(0, CallPhase.Open, () => "N", null, Now);
        Assert.Equal("application.cannot_withdraw", Assert.Throws<DomainException>(() => application.Withdraw(1, CallPhase.Closed, null, Now)).Code);
        Assert.False(application.IsEditableIn(CallPhase.Open));
    }

    [Fact]
    public void Similarity_FlaggedThenAllowedByStaff_ForThatApplicationOnly()
    {
        var application = Draft();
        var other = Guid.NewGuid();

        application.FlagSimilarity(other, 0.92m);
        Assert.False(application.SimilarityAllowedWith(other));
        Assert.Equal("application.reason_required", Assert.Throws<DomainException>(() => application.AllowSimilarity(" ", null, Now)).Code);
        application.AllowSimilarity("两项活动主题、时间、地点均不同", null, Now);

        Assert.True(application.SimilarityAllowedWith(other));
        Assert.False(application.SimilarityAllowedWith(Guid.NewGuid()));
        application.FlagSimilarity(other, 0.95m);
        Assert.True(application.SimilarityAllowedWith(other));
    }

    [Fact]
    public void Number_IsPrefixCodeAndFourDigits()
    {
        Assert.Equal("GX-2023-3-0042", ApplicationNumber.Format("GX", "2023-3", 42));
    }
}
