using GrantPortal.Domain.Common;
using GrantPortal.Domain.Notices;
using static GrantPortal.Domain.Tests.Notices.NoticeFixtures;

namespace GrantPortal.Domain.Tests.Notices;

/// <summary>异议 only while open; 立项 only when closed with none pending, once; withdrawal only after an upheld objection.</summary>
public class ObjectionAndFinaliseTests
{
    private static readonly DateTimeOffset Published = Beijing("2026-06-01");
    private static readonly DateTimeOffset WhileOpen = Beijing("2026-06-03");
    private static readonly DateTimeOffset AfterClose = BeijingTime.StartOf(D("2026-06-09"));
    private const string Reasons = "该项目申报材料中的合作单位并未实际参与，与事实不符。";

    [Fact]
    public void File_WhileOpen_IsPending_WithAReference()
    {
        var notice = NoticeFixtures.Published(Published);

        var objection = Objection.File(notice, notice.Lines[0].Id, " 张三 ", "某大学", "13800000000", null, Reasons, WhileOpen);

        Assert.Equal(ObjectionStatus.Pending, objection.Status);
        Assert.Equal("张三", objection.FilerName);
        Assert.StartsWith("YY20260603-", objection.Reference, StringComparison.Ordinal);
    }

    [Fact]
    public void File_AfterClosing_Refused()
    {
        var notice = NoticeFixtures.Published(Published);

        var error = Assert.Throws<DomainException>(() => Objection.File(notice, null, "张三", null, "13800000000", null, Reasons, AfterClose));

        Assert.Equal("notice.closed", error.Code);
    }

    [Theory]
    [InlineData("张三", null, null, Reasons, "objection.contact_required")]
    [InlineData(" ", "13800000000", null, Reasons, "objection.name_required")]
    [InlineData("张三", null, "a@example.com", "太短了", "objection.reasons_short")]
    public void File_BadInput_Refused(string name, string? phone, string? email, string reasons, string code)
    {
        var notice = NoticeFixtures.Published(Published);

        var error = Assert.Throws<DomainException>(() => Objection.File(notice, null, name, null, phone, email, reasons, WhileOpen));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void File_AboutAProjectNotOnTheNotice_Refused()
    {
        var notice = NoticeFixtures.Published(Published);

        var error = Assert.Throws<DomainException>(() => Objection.File(notice, Guid.NewGuid(), "张三", null, "13800000000", null, Reasons, WhileOpen));

        Assert.Equal("notice.unknown_line", error.Code);
    }

    [Fact]
    public void Handle_Once_WithHandlingAndOutcome()
    {
        var notice = NoticeFixtures.Published(Published);
        var objection = Objection.File(notice, null, "张三", null, "13800000000", null, Reasons, WhileOpen);

        Assert.Equal("objection.handling_required",
            Assert.Throws<DomainException>(() => objection.Handle(false, "", "不成立", null, "staff", WhileOpen)).Code);
        objection.Handle(false, "经核实，合作单位实际参与。", "异议不成立，维持原公示。", null, "staff", WhileOpen);

        Assert.Equal(ObjectionStatus.Dismissed, objection.Status);
        Assert.Equal("objection.handled", Assert.Throws<DomainException>(() => objection.Handle(true, "x", "y", null, "staff", WhileOpen)).Code);
    }

    [Fact]
    public void Finalise_WhileOpen_Refused()
    {
        var notice = NoticeFixtures.Published(Published);

        var error = Assert.Throws<DomainException>(() => notice.Finalise([], null, "staff", WhileOpen));

        Assert.Equal("notice.open", error.Code);
        Assert.Null(notice.FinalisedAt);
    }

    [Fact]
    public void Finalise_WithAPendingObjection_Refused_ThenAllowedOnceResolved_AndOnlyOnce()
    {
        var notice = NoticeFixtures.Published(Published);
        var objection = Objection.File(notice, null, "张三", null, "13800000000", null, Reasons, WhileOpen);

        var blockers = notice.FinaliseBlockers([objection], AfterClose);
        Assert.Equal(["notice.objections_pending"], blockers.Select(b => b.Code));
        Assert.Equal("notice.objections_pending", Assert.Throws<DomainException>(() => notice.Finalise([objection], null, "staff", AfterClose)).Code);

        objection.Handle(false, "经核实，情况属实但不影响立项。", "异议不成立。", null, "staff", AfterClose);
        var remaining = notice.Finalise([objection], null, "staff", AfterClose);

        Assert.Equal(2, remaining.Count);
        Assert.Equal(NoticeStatus.Finalised, notice.StatusAt(AfterClose));
        Assert.Equal("notice.finalised", Assert.Throws<DomainException>(() => notice.Finalise([objection], null, "staff", AfterClose)).Code);
    }

    [Fact]
    public void Withdraw_AfterAnUpheldObjection_LeavesTheProjectOut()
    {
        var notice = NoticeFixtures.Published(Published);
        var line = notice.Lines[1];
        var objection = Objection.File(notice, line.Id, "张三", null, null, "z@example.com", Reasons, WhileOpen);

        Assert.Equal("notice.withdraw_needs_upheld",
            Assert.Throws<DomainException>(() => notice.Withdraw(line.Id, objection, "异议成立", WhileOpen)).Code);
        objection.Handle(true, "经核实，合作单位未参与。", "异议成立，撤销该项目。", null, "staff", WhileOpen);
        notice.Withdraw(line.Id, objection, "异议成立，撤销该项目。", WhileOpen);

        Assert.True(line.Withdrawn);
        var remaining = notice.Finalise([objection], null, "staff", AfterClose);
        Assert.Equal([notice.Lines[0].Id], remaining.Select(l => l.Id));
    }
}
