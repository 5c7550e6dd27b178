using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Eligibility;
using GrantPortal.Domain.Forms;
using GrantPortal.Domain.Organizations;

namespace GrantPortal.Domain.Tests.Eligibility;

/// <summary>Every reason the rule gives, and its any-of (conditions of a requirement) / all-of (requirements) logic.</summary>
public class EligibilityEvaluatorTests
{
    private static readonly DateTimeOffset Now = BeijingTime.At(new DateOnly(2023, 4, 10), new TimeOnly(9, 0));
    private static readonly DateOnly Today = new(2023, 4, 10);
    private static readonly Guid Tenant = Guid.NewGuid();
    private static readonly Guid Org = Guid.NewGuid();

    private static (GrantCall Call, GrantCategory Category) Call(GrantPortal.Domain.Calls.Eligibility? eligibility, int? limit = null, bool form = true)
    {
        var call = new GrantCall(Tenant, 2023, "测试通知", Now);
        call.Schedule(null, BeijingTime.StartOf(new DateOnly(2023, 4, 29)), true, null, null, null);
        call.SetRules(limit, new SubmissionRequirements(), [], new ReviewSettings(), GrantPortal.Domain.Calls.Eligibility.Anyone, new SpendingRules(), [], [], []);
        var category = call.AddCategory(null, "2023-1", "学会能力提升示范");
        category.SetRules(eligibility, null, null, null, null, []);
        if (form)
        {
            category.AddFormVersion(new FormSchema { Title = "申报表", Sections = [new FormSection { Key = "a", Title = "a", Fields = [new FormField { Key = "projectName", Label = "项目名称" }] }] }, Now);
        }
        return (call, category);
    }

    private static IReadOnlyList<Ineligibility> Check(
        GrantCall call, GrantCategory category, ApplicantType type = ApplicantType.Society, OrganizationFact[]? facts = null,
        Debarment[]? debarments = null, CallPhase phase = CallPhase.Open, int others = 0, bool unfinished = false) =>
        EligibilityEvaluator.Check(new EligibilityInput(type, facts ?? [], debarments ?? [], call, category, phase, others, unfinished, Today));

    private static OrganizationFact Fact(EligibilityFact fact, string? value = null, int? year = null) => new(Tenant, Org, fact, value, year, null, Now);

    private static GrantPortal.Domain.Calls.Eligibility Requiring(params EligibilityRequirement[] requirements) => new() { Requirements = requirements };

    private static EligibilityRequirement AnyOf(params EligibilityCondition[] conditions) => new(conditions);

    // Guangxi 2023-1: 一流学会创建单位 or 2022 rating A.
    private static readonly EligibilityRequirement GuangxiCapability = AnyOf(
        new EligibilityCondition(EligibilityFact.FirstClassSocietyCandidate, "自治区科协一流学会创建单位"),
        new EligibilityCondition(EligibilityFact.CapabilityRating, "2022年度自治区科协所属学会综合能力评价等级为A", "A", 2022));

    [Fact]
    public void Eligible_NoReasons()
    {
        var (call, category) = Call(null);
        Assert.Empty(Check(call, category));
    }

    [Fact]
    public void NoForm_NotApplicable()
    {
        var (call, category) = Call(null, form: false);
        Assert.Contains(Check(call, category), r => r.Code == IneligibilityCode.NotApplicable && r.Blocking);
    }

    [Fact]
    public void NotOpen_NamesTheOpeningTime()
    {
        var (call, category) = Call(null);
        call.Schedule(BeijingTime.At(new DateOnly(2023, 5, 1), new TimeOnly(8, 30)), null, false, null, null, null);
        call.Publish(Now);
        var reason = Assert.Single(Check(call, category, phase: CallPhase.NotOpen));
        Assert.Equal(IneligibilityCode.CallNotOpen, reason.Code);
        Assert.Contains("2023-05-01 08:30", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Closed_NamesTheDeadline()
    {
        var (call, category) = Call(null);
        var reason = Assert.Single(Check(call, category, phase: CallPhase.Closed));
        Assert.Equal(IneligibilityCode.CallClosed, reason.Code);
        Assert.Contains("2023-04-28", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TypeNotAllowed_ListsTheAllowedTypes()
    {
        var (call, category) = Call(new GrantPortal.Domain.Calls.Eligibility { ApplicantTypes = [ApplicantType.SocietyPartyBranch, ApplicantType.CityAssociation] });
        var reason = Assert.Single(Check(call, category, ApplicantType.Society));
        Assert.Equal(IneligibilityCode.TypeNotEligible, reason.Code);
        Assert.Contains("学会党支部", reason.Message, StringComparison.Ordinal);
        Assert.Contains("市（州、县、区）科协", reason.Message, StringComparison.Ordinal);
        Assert.Empty(Check(call, category, ApplicantType.CityAssociation));
    }

    [Fact]
    public void LimitReached_CountsOtherApplications()
    {
        var (call, category) = Call(null, limit: 2);
        Assert.Empty(Check(call, category, others: 1));
        var reason = Assert.Single(Check(call, category, others: 2));
        Assert.Equal(IneligibilityCode.LimitReached, reason.Code);
        Assert.Equal("每个单位限报 2 项，已申报 2 项", reason.Message);
    }

    [Fact]
    public void ActiveDebarment_Refuses_WithDateAndReason_LiftedOrExpiredDoesNot()
    {
        var (call, category) = Call(null);
        var active = new Debarment(Tenant, Org, DebarmentReason.Falsification, new DateOnly(2022, 5, 1), new DateOnly(2025, 4, 30), null, null, Now);
        var reason = Assert.Single(Check(call, category, debarments: [active]));
        Assert.Equal(IneligibilityCode.Debarred, reason.Code);
        Assert.Contains("2025-04-30", reason.Message, StringComparison.Ordinal);
        Assert.Contains("弄虚作假", reason.Message, StringComparison.Ordinal);

        var expired = new Debarment(Tenant, Org, DebarmentReason.NonCompletion, new DateOnly(2022, 1, 1), new DateOnly(2023, 4, 9), null, null, Now);
        Assert.Empty(Check(call, category, debarments: [expired]));
        active.Lift("复核后撤销", null, Now);
        Assert.Empty(Check(call, category, debarments: [active]));
    }

    [Fact]
    public void Debarment_UntilFor_Years_IsInclusive()
    {
        Assert.Equal(new DateOnly(2026, 3, 31), Debarment.UntilFor(new DateOnly(2023, 4, 1), 3));
        Assert.Throws<DomainException>(() => new Debarment(Tenant, Org, DebarmentReason.Falsification, Today, Today.AddDays(-1), null, null, Now));
    }

    [Fact]
    public void GuangxiCapability_AnyOf_FirstClassOrRatingA2022()
    {
        var (call, category) = Call(Requiring(GuangxiCapability));
        var refused = Assert.Single(Check(call, category));
        Assert.Equal(IneligibilityCode.ConditionNotMet, refused.Code);
        Assert.True(refused.Blocking);
        Assert.Contains("一流学会创建单位", refused.Message, StringComparison.Ordinal);
        Assert.Contains("等级为A", refused.Message, StringComparison.Ordinal);

        Assert.Empty(Check(call, category, facts: [Fact(EligibilityFact.FirstClassSocietyCandidate)]));
        Assert.Empty(Check(call, category, facts: [Fact(EligibilityFact.CapabilityRating, "A", 2022)]));
        Assert.NotEmpty(Check(call, category, facts: [Fact(EligibilityFact.CapabilityRating, "B", 2022)]));
        Assert.NotEmpty(Check(call, category, facts: [Fact(EligibilityFact.CapabilityRating, "A", 2021)]));
    }

    [Fact]
    public void ShanxiAnnualReports_AllOf_EveryYearNeeded()
    {
        var (call, category) = Call(Requiring(
            AnyOf(new EligibilityCondition(EligibilityFact.AnnualReportFiled, "已完成2019年度年报", Year: 2019)),
            AnyOf(new EligibilityCondition(EligibilityFact.AnnualReportFiled, "已完成2020年度年报", Year: 2020))));
        var only2019 = Assert.Single(Check(call, category, facts: [Fact(EligibilityFact.AnnualReportFiled, year: 2019)]));
        Assert.Contains("2020", only2019.Message, StringComparison.Ordinal);
        Assert.Equal(2, Check(call, category).Count);
        Assert.Empty(Check(call, category, facts: [Fact(EligibilityFact.AnnualReportFiled, year: 2019), Fact(EligibilityFact.AnnualReportFiled, year: 2020)]));
    }

    [Fact]
    public void OtherCondition_IsAWarning_NotARefusal()
    {
        var (call, category) = Call(Requiring(AnyOf(new EligibilityCondition(EligibilityFact.Other, "具备完成本项目的能力"))));
        var warning = Assert.Single(Check(call, category));
        Assert.False(warning.Blocking);
        Assert.Contains("具备完成本项目的能力", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnfinishedProject_Refuses_WhenRequired()
    {
        var (call, category) = Call(Requiring(AnyOf(new EligibilityCondition(EligibilityFact.NoUnfinishedEarlierProject, "无未完成的往年项目"))));
        Assert.Empty(Check(call, category));
        Assert.Equal(IneligibilityCode.UnfinishedProject, Assert.Single(Check(call, category, unfinished: true)).Code);
    }

    [Fact]
    public void NotDebarredCondition_ReportedOnceAsDebarred()
    {
        var (call, category) = Call(Requiring(AnyOf(new EligibilityCondition(EligibilityFact.NotDebarred, "未被取消申报资格"))));
        var debarment = new Debarment(Tenant, Org, DebarmentReason.Subcontracting, Today, Today, null, null, Now);
        Assert.Equal(IneligibilityCode.Debarred, Assert.Single(Check(call, category, debarments: [debarment])).Code);
    }

    [Theory]
    [InlineData("A", "A", true)]
    [InlineData("A", "B", true)]
    [InlineData("B", "A", false)]
    [InlineData("5A", "4A", true)]
    [InlineData("3A", "4A", false)]
    [InlineData("", "A", false)]
    public void CapabilityGrade_ABest(string actual, string required, bool meets) =>
        Assert.Equal(meets, CapabilityGrade.MeetsOrExceeds(actual, required));
}
