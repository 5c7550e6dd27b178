using GrantPortal.Domain.Agreements;
using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Tests.Awards;

namespace GrantPortal.Domain.Tests.Agreements;

/// <summary>任务书: versions in order (draft → issued → sealed scan → countersigned), amendments keep the history, the code follows the content.</summary>
public class TaskAgreementTests
{
    private static readonly DateTimeOffset Now = new(2027, 5, 1, 2, 0, 0, TimeSpan.Zero);

    private static Award Award() =>
        GrantPortal.Domain.Awards.Award.Grant(AwardTests.Application(), "广西某学会", 30000m, [new TrancheRule(100m, DisbursementMilestone.AgreementSigned)], null, Now);

    private static AgreementContent Content(Award award) => new()
    {
        ProjectTitle = award.ProjectTitle,
        OrganizationName = award.OrganizationName,
        ApplicationNumber = award.ApplicationNumber,
        Amount = award.Amount,
        Indicators = [new AgreementIndicator("举办学术会议", "1 场")],
        Tranches = [.. award.Tranches.Select(t => new AgreementTranche(t.Number, t.Milestone, t.Percent, t.Amount))],
    };

    private static TaskAgreement Drafted(Award award) => TaskAgreement.Draft(award, Content(award), null, "staff", Now);

    private static TaskAgreement Countersigned(Award award)
    {
        var agreement = Drafted(award);
        agreement.Issue(agreement.Revision, "staff", Now);
        agreement.AttachSealedScan(Guid.NewGuid(), null, Now);
        agreement.Countersign(Guid.NewGuid(), agreement.Revision, "staff", Now);
        return agreement;
    }

    [Fact]
    public void Draft_IsVersionOne_WithACode()
    {
        var agreement = Drafted(Award());
        var version = Assert.Single(agreement.Versions);
        Assert.Equal(1, version.Number);
        Assert.Equal(AgreementStatus.Draft, agreement.Status);
        Assert.Equal(16, version.VerificationCode.Length);
        Assert.Null(agreement.LatestIssued);
    }

    [Fact]
    public void Steps_GoInOrder()
    {
        var agreement = Drafted(Award());
        Assert.Equal("agreement.not_issued", Assert.Throws<DomainException>(() => agreement.AttachSealedScan(Guid.NewGuid(), null, Now)).Code);
        Assert.Equal("agreement.wrong_status", Assert.Throws<DomainException>(() => agreement.Countersign(Guid.NewGuid(), agreement.Revision, "s", Now)).Code);
        agreement.Issue(agreement.Revision, "staff", Now);
        Assert.Equal(AgreementStatus.Issued, agreement.Status);
        Assert.Equal("agreement.wrong_status", Assert.Throws<DomainException>(() => agreement.Issue(agreement.Revision, "s", Now)).Code);
        Assert.Equal("agreement.wrong_status", Assert.Throws<DomainException>(() => agreement.Countersign(Guid.NewGuid(), agreement.Revision, "s", Now)).Code);
        agreement.AttachSealedScan(Guid.NewGuid(), null, Now);
        agreement.AttachSealedScan(Guid.NewGuid(), null, Now); // a second upload replaces the first
        Assert.Equal(AgreementStatus.SealedUploaded, agreement.Status);
        agreement.ReturnScan("公章不清晰", agreement.Revision);
        Assert.Equal(AgreementStatus.Issued, agreement.Status);
        Assert.Equal("公章不清晰", agreement.Current.ScanReturnReason);
        agreement.AttachSealedScan(Guid.NewGuid(), null, Now);
        Assert.Null(agreement.Current.ScanReturnReason);
        agreement.Countersign(Guid.NewGuid(), agreement.Revision, "staff", Now);
        Assert.Equal(AgreementStatus.Countersigned, agreement.Status);
        Assert.Equal("agreement.already_countersigned", Assert.Throws<DomainException>(() => agreement.AttachSealedScan(Guid.NewGuid(), null, Now)).Code);
    }

    [Fact]
    public void StaleRevision_IsRefused()
    {
        var agreement = Drafted(Award());
        var opened = agreement.Revision;
        agreement.Revise(agreement.Current.Content with { SpecialTerms = "甲" }, opened);
        Assert.Equal("agreement.stale", Assert.Throws<DomainException>(() => agreement.Issue(opened, "s", Now)).Code);
    }

    [Fact]
    public void Revise_ChangesTheCode_AndOnlyInDraft()
    {
        var agreement = Drafted(Award());
        var before = agreement.Current.VerificationCode;
        agreement.Revise(agreement.Current.Content with { SpecialTerms = "成果须标注资助来源。" }, agreement.Revision);
        Assert.NotEqual(before, agreement.Current.VerificationCode);
        agreement.Revise(agreement.Current.Content with { SpecialTerms = "" }, agreement.Revision);
        Assert.Equal(before, agreement.Current.VerificationCode); // the same content gives the same code
        agreement.Issue(agreement.Revision, "staff", Now);
        Assert.Equal("agreement.wrong_status",
            Assert.Throws<DomainException>(() => agreement.Revise(agreement.Current.Content with { SpecialTerms = "乙" }, agreement.Revision)).Code);
    }

    [Fact]
    public void Revise_CannotChangeTheMoney()
    {
        var agreement = Drafted(Award());
        var content = agreement.Current.Content;
        Assert.Equal("agreement.amount_mismatch",
            Assert.Throws<DomainException>(() => agreement.Revise(content with { Amount = 1m, Tranches = [new AgreementTranche(1, DisbursementMilestone.AgreementSigned, 100m, 1m)] }, agreement.Revision)).Code);
        Assert.Equal("agreement.period_invalid",
            Assert.Throws<DomainException>(() => agreement.Revise(content with { PeriodStart = new DateOnly(2027, 6, 1), PeriodEnd = new DateOnly(2027, 5, 1) }, agreement.Revision)).Code);
    }

    [Fact]
    public void Amend_KeepsEarlierVersions_AndStartsANewDraftWithANewCode()
    {
        var agreement = Countersigned(Award());
        var first = agreement.Current;
        Assert.Equal("agreement.reason_required", Assert.Throws<DomainException>(() => agreement.Amend(" ", agreement.Revision, null, "s", Now)).Code);
        var second = agreement.Amend("延期两个月", agreement.Revision, null, "staff", Now);
        Assert.Equal(2, second.Number);
        Assert.Equal(AgreementStatus.Draft, agreement.Status);
        Assert.Equal("延期两个月", second.AmendmentReason);
        Assert.Equal(first.Content, second.Content);
        Assert.NotEqual(first.VerificationCode, second.VerificationCode);
        Assert.Equal(AgreementStatus.Countersigned, first.Status);
        Assert.Same(first, agreement.LatestIssued);
        Assert.Equal("agreement.draft_open", Assert.Throws<DomainException>(() => agreement.Amend("再改", agreement.Revision, null, "s", Now)).Code);
        agreement.Revise(second.Content with { PeriodEnd = new DateOnly(2027, 12, 31) }, agreement.Revision);
        agreement.Issue(agreement.Revision, "staff", Now);
        Assert.Same(second, agreement.LatestIssued);
        Assert.Equal(2, agreement.Versions.Count);
    }

    [Fact]
    public void Code_DependsOnAgreementVersionAndContent()
    {
        var content = Content(Award());
        var id = Guid.NewGuid();
        Assert.Equal(AgreementCode.For(id, 1, content), AgreementCode.For(id, 1, content with { }));
        Assert.NotEqual(AgreementCode.For(id, 1, content), AgreementCode.For(id, 2, content));
        Assert.NotEqual(AgreementCode.For(id, 1, content), AgreementCode.For(Guid.NewGuid(), 1, content));
        Assert.NotEqual(AgreementCode.For(id, 1, content), AgreementCode.For(id, 1, content with { Indicators = [new AgreementIndicator("举办学术会议", "2 场")] }));
        Assert.NotNull(GrantPortal.Domain.Applications.VerificationCode.Normalize(AgreementCode.For(id, 1, content)));
    }

    [Fact]
    public void TerminatedAward_GetsNoAgreement()
    {
        var award = Award();
        award.Terminate("未完成", 0m, award.Version, Now);
        Assert.Equal("award.terminated", Assert.Throws<DomainException>(() => Drafted(award)).Code);
    }
}
