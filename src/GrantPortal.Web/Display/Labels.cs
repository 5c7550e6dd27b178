using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Eligibility;
using GrantPortal.Domain.Organizations;
using GrantPortal.Domain.Tenancy;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Display;

/// <summary>Chinese names of the domain's values; views pass them through the localizer for English.</summary>
public static class Labels
{
    /// <summary>The domain names them (its eligibility messages use the same words).</summary>
    public static string Of(ApplicantType type) => ChineseNames.Of(type);

    public static string Of(PortalRole role) => role switch
    {
        PortalRole.Applicant => "申报单位用户",
        PortalRole.Staff => "科协工作人员",
        PortalRole.Reviewer => "评审专家",
        PortalRole.Admin => "管理员",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static string Of(CallPhase phase) => phase switch
    {
        CallPhase.NotOpen => "未开放",
        CallPhase.Open => "申报中",
        CallPhase.Closed => "已截止",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };

    public static string Of(DisbursementMilestone milestone) => milestone switch
    {
        DisbursementMilestone.OnApproval => "立项后",
        DisbursementMilestone.AgreementSigned => "签订任务书（合同书）后",
        DisbursementMilestone.MidTermEvaluation => "中期评估后",
        DisbursementMilestone.Acceptance => "验收通过后",
        _ => throw new ArgumentOutOfRangeException(nameof(milestone), milestone, null),
    };

    public static string Of(ReviewStage stage) => stage switch
    {
        ReviewStage.ComplianceCheck => "形式审查",
        ReviewStage.ExpertReview => "专家评审",
        ReviewStage.PublicNotice => "立项公示",
        ReviewStage.TaskAgreement => "签订任务书",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    public static string Of(ExpertRole role) => role switch
    {
        ExpertRole.Technical => "技术专家",
        ExpertRole.Financial => "财务专家",
        ExpertRole.Management => "管理专家",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static string Of(ProhibitedSpending spending) => spending switch
    {
        ProhibitedSpending.AssetPurchase => "资产购买",
        ProhibitedSpending.ExternalInvestment => "对外投资",
        ProhibitedSpending.Donation => "捐款赞助",
        ProhibitedSpending.InternalLabourFees => "内部劳务费",
        ProhibitedSpending.Subcontracting => "转包",
        ProhibitedSpending.Misappropriation => "挪用",
        _ => throw new ArgumentOutOfRangeException(nameof(spending), spending, null),
    };

    public static string Of(DebarmentReason reason) => ChineseNames.Of(reason);

    public static string Of(DeadlineEvent e) => e switch
    {
        DeadlineEvent.Approval => "立项",
        DeadlineEvent.AgreementSigned => "签订任务书",
        DeadlineEvent.ActivityEnd => "活动结束",
        DeadlineEvent.ProjectEnd => "项目期满",
        _ => throw new ArgumentOutOfRangeException(nameof(e), e, null),
    };

    public static string Quota(Quota quota, IStringLocalizer l) => quota switch
    {
        { IsNone: true } => l["不限"],
        { IsExact: true } => l["{0}个", quota.Min!],
        { Min: null } => l["至多{0}个", quota.Max!],
        { Max: null } => l["至少{0}个", quota.Min!],
        _ => l["{0}-{1}个", quota.Min!, quota.Max!],
    };

    public static string Amount(AmountRule? rule, IStringLocalizer l) => rule switch
    {
        null => l["见下级类别"],
        { Kind: AmountRuleKind.Fixed } => l["{0}/项", Format.Yuan(rule.Min!.Value)],
        { Kind: AmountRuleKind.Range } => l["{0}至{1}/项", Format.Yuan(rule.Min!.Value), Format.Yuan(rule.Max!.Value)],
        { Kind: AmountRuleKind.Conditional } => l["{0}至{1}/项，按条件确定：", Format.Yuan(rule.Min!.Value), Format.Yuan(rule.Max!.Value)]
            + string.Join(l["；"], rule.Options.Select(o => $"{l[o.Label]} {Format.Yuan(o.Amount)}").Append($"{l["其他"]} {Format.Yuan(rule.Otherwise ?? 0)}"))
            + l["（不累加）"],
        { Kind: AmountRuleKind.NotPublished } => l["未公布，由评审确定"],
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, null),
    };

    public static string Deadline(DeadlineRule? rule, IStringLocalizer l)
    {
        if (rule is null)
        {
            return l["通知未载明"];
        }
        var text = rule switch
        {
            { Date: { } date } => Format.Date(date),
            { WorkingDaysAfter: { } days, Event: { } e } => l["{0}后{1}个工作日内", l[Of(e)], days],
            { MonthsAfter: { } months, Event: { } e } => l["{0}后{1}个月内", l[Of(e)], months],
            _ => l["通知未载明"],
        };
        return rule.Label is { Length: > 0 } label ? $"{text}（{l[label]}）" : text;
    }

    public static string Of(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "草稿",
        ApplicationStatus.Submitted => "已提交",
        ApplicationStatus.Withdrawn => "已撤回",
        ApplicationStatus.FormalCheck => "形式审查中",
        ApplicationStatus.Returned => "退回修改",
        ApplicationStatus.ExpertReview => "专家评审中",
        ApplicationStatus.PublicNotice => "公示中",
        ApplicationStatus.Approved => "已立项",
        ApplicationStatus.NotApproved => "未立项",
        ApplicationStatus.Rejected => "不予受理",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>What the applicant should do next, given the application's state and whether the call still takes submissions.</summary>
    public static string NextStep(ApplicationStatus status, CallPhase phase) => (status, phase) switch
    {
        (ApplicationStatus.Draft or ApplicationStatus.Withdrawn, CallPhase.Open) => "继续填写，检查无误后在截止前提交",
        (ApplicationStatus.Draft or ApplicationStatus.Withdrawn, _) => "已过申报时间，未提交的申报书不再受理",
        (ApplicationStatus.Submitted, CallPhase.Open) => "已提交；截止前可撤回修改后重新提交。请导出申报书盖章后上传扫描件",
        (ApplicationStatus.Submitted, _) => "等待形式审查",
        (ApplicationStatus.Returned, _) => "按退回意见修改后重新提交",
        (ApplicationStatus.FormalCheck or ApplicationStatus.ExpertReview or ApplicationStatus.PublicNotice, _) => "等待评审结果",
        (ApplicationStatus.Approved, _) => "签订任务书",
        _ => "无需操作",
    };

    public static string OfFact(EligibilityFact fact) => fact switch
    {
        EligibilityFact.FirstClassSocietyCandidate => "一流学会创建单位",
        EligibilityFact.CapabilityRating => "综合能力评价等级",
        EligibilityFact.AnnualReportFiled => "已完成年报",
        EligibilityFact.NoUnfinishedEarlierProject => "无未完成的往年项目",
        EligibilityFact.NotDebarred => "未被取消申报资格",
        EligibilityFact.SoundFinancialSystem => "财务制度健全",
        EligibilityFact.PilotCity => "“科创中国”试点城市",
        EligibilityFact.Other => "其他情况",
        _ => fact.ToString(),
    };

    public static string Of(GrantPortal.Domain.Organizations.FinanceSystem system) => system switch
    {
        GrantPortal.Domain.Organizations.FinanceSystem.Independent => "独立核算",
        GrantPortal.Domain.Organizations.FinanceSystem.AgencyBookkeeping => "代理记账",
        GrantPortal.Domain.Organizations.FinanceSystem.HostManaged => "挂靠单位代管",
        _ => throw new ArgumentOutOfRangeException(nameof(system), system, null),
    };

    public static string Of(GrantPortal.Domain.FormalChecks.FormalCheckOutcome outcome) => outcome switch
    {
        GrantPortal.Domain.FormalChecks.FormalCheckOutcome.Passed => "形式审查通过",
        GrantPortal.Domain.FormalChecks.FormalCheckOutcome.Returned => "退回修改",
        GrantPortal.Domain.FormalChecks.FormalCheckOutcome.Rejected => "不予受理",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static string Of(GrantPortal.Domain.FormalChecks.CheckItemOutcome outcome) => outcome switch
    {
        GrantPortal.Domain.FormalChecks.CheckItemOutcome.Pass => "符合",
        GrantPortal.Domain.FormalChecks.CheckItemOutcome.Warning => "需注意",
        GrantPortal.Domain.FormalChecks.CheckItemOutcome.Fail => "不符合",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    // Issue 7, public notice (立项公示).
    public static string Of(GrantPortal.Domain.Notices.NoticeStatus status) => status switch
    {
        GrantPortal.Domain.Notices.NoticeStatus.Open => "公示中",
        GrantPortal.Domain.Notices.NoticeStatus.Closed => "公示期满",
        GrantPortal.Domain.Notices.NoticeStatus.Finalised => "已立项",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Of(GrantPortal.Domain.Notices.ObjectionStatus status) => status switch
    {
        GrantPortal.Domain.Notices.ObjectionStatus.Pending => "待处理",
        GrantPortal.Domain.Notices.ObjectionStatus.Upheld => "异议成立",
        GrantPortal.Domain.Notices.ObjectionStatus.Dismissed => "异议不成立",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    // Issue 7, task agreement (任务书).
    public static string Of(GrantPortal.Domain.Agreements.AgreementStatus status) => status switch
    {
        GrantPortal.Domain.Agreements.AgreementStatus.Draft => "草稿",
        GrantPortal.Domain.Agreements.AgreementStatus.Issued => "已下达，待上传盖章件",
        GrantPortal.Domain.Agreements.AgreementStatus.SealedUploaded => "已上传盖章件，待会签",
        GrantPortal.Domain.Agreements.AgreementStatus.Countersigned => "已会签",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
