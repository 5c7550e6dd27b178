using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Documents;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Domain.Tests.Documents;

/// <summary>How a sealed scan compares with the submissions: matches, waits for staff, or is flagged; never silently accepted.</summary>
public class ScanMatchTests
{
    private static readonly DateTimeOffset Now = new(2027, 5, 1, 2, 0, 0, TimeSpan.Zero);

    private static GrantApplication Submitted(int versions)
    {
        var call = new GrantCall(Guid.NewGuid(), 2027, "2027年度通知", Now);
        var category = call.AddCategory(null, "2027-3", "学术交流");
        category.AddFormVersion(new FormSchema
        {
            Title = "申报书",
            Sections = [new FormSection { Key = "s", Title = "基本信息", Fields = [new FormField { Key = FormKeys.ProjectName, Label = "项目名称" }] }],
        }, Now);
        var application = new GrantApplication(call.TenantId, category, Guid.NewGuid(), null, Now);
        for (var v = 1; v <= versions; v++)
        {
            if (v > 1)
            {
                application.Withdraw(application.Revision, CallPhase.Open, null, Now);
            }
            application.Save(new Dictionary<string, string> { [FormKeys.ProjectName] = $"项目第{v}稿" }, application.Revision, CallPhase.Open, null, Now);
            application.Submit(application.Revision, CallPhase.Open, () => "XJ-2027-3-0001", null, Now);
        }
        return application;
    }

    private static string Code(GrantApplication application, int version) => application.Submissions.Single(s => s.Version == version).VerificationCode;

    [Fact]
    public void ReadCodeOfTheLatestVersion_Matches()
    {
        var application = Submitted(2);
        var scan = new SealedScan(application, Guid.NewGuid(), "https://x/verify/" + Code(application, 2), ScanReadMethod.QrFromImage, null, null, Now);

        var verdict = ScanMatch.Evaluate(scan, application.Submissions);

        Assert.Equal(ScanMatchStatus.Matches, verdict.Status);
        Assert.True(verdict.IsMatch);
    }

    [Fact]
    public void TypedCodeOfTheLatestVersion_AwaitsStaff_UntilConfirmed()
    {
        var application = Submitted(1);
        var scan = new SealedScan(application, Guid.NewGuid(), null, ScanReadMethod.QrFromImage, VerificationCode.Display(Code(application, 1)), null, Now);
        Assert.Equal(ScanReadMethod.NotRead, scan.ReadMethod);
        Assert.Equal(ScanMatchStatus.AwaitingStaff, ScanMatch.Evaluate(scan, application.Submissions).Status);

        scan.Confirm(application.Submissions, Guid.NewGuid(), Now);

        Assert.Equal(ScanMatchStatus.ConfirmedByStaff, ScanMatch.Evaluate(scan, application.Submissions).Status);
    }

    [Fact]
    public void OlderVersionsCode_IsAMismatchWithBothVersions_AndCannotBeConfirmed()
    {
        var application = Submitted(3);
        var scan = new SealedScan(application, Guid.NewGuid(), Code(application, 1), ScanReadMethod.QrFromPdf, null, null, Now);

        var verdict = ScanMatch.Evaluate(scan, application.Submissions);

        Assert.Equal(new ScanVerdict(ScanMatchStatus.OlderVersion, 1, 3), verdict);
        Assert.True(verdict.IsMismatch);
        Assert.Throws<DomainException>(() => scan.Confirm(application.Submissions, null, Now));
    }

    [Fact]
    public void UnknownCode_IsAMismatch_AndNothingAtAll_IsUnreadable()
    {
        var application = Submitted(1);
        var unknown = new SealedScan(application, Guid.NewGuid(), null, ScanReadMethod.NotRead, "0000-0000-0000-0000", null, Now);
        var nothing = new SealedScan(application, Guid.NewGuid(), null, ScanReadMethod.NotRead, null, null, Now);

        Assert.Equal(ScanMatchStatus.UnknownCode, ScanMatch.Evaluate(unknown, application.Submissions).Status);
        Assert.Equal(ScanMatchStatus.Unreadable, ScanMatch.Evaluate(nothing, application.Submissions).Status);
    }

    [Fact]
    public void ResubmissionAfterUpload_MakesTheScanOutdated()
    {
        var application = Submitted(1);
        var scan = new SealedScan(application, Guid.NewGuid(), Code(application, 1), ScanReadMethod.QrFromImage, null, null, Now);
        application.Withdraw(application.Revision, CallPhase.Open, null, Now);
        application.Save(new Dictionary<string, string> { [FormKeys.ProjectName] = "改过的" }, application.Revision, CallPhase.Open, null, Now);
        application.Submit(application.Revision, CallPhase.Open, () => "unused", null, Now);

        Assert.Equal(new ScanVerdict(ScanMatchStatus.Outdated, 1, 2), ScanMatch.Evaluate(scan, application.Submissions));
    }

    [Fact]
    public void Reject_NeedsAReason_AndOverridesAMatch()
    {
        var application = Submitted(1);
        var scan = new SealedScan(application, Guid.NewGuid(), Code(application, 1), ScanReadMethod.QrFromImage, null, null, Now);

        Assert.Throws<DomainException>(() => scan.Reject(" ", null, Now));
        scan.Reject("未加盖公章", Guid.NewGuid(), Now);

        Assert.Equal(ScanMatchStatus.RejectedByStaff, ScanMatch.Evaluate(scan, application.Submissions).Status);
        Assert.Equal("未加盖公章", scan.RejectionReason);
    }
}
