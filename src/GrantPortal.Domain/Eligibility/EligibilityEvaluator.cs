using System.Globalization;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Eligibility;

/// <summary>
/// 申报资格: whether an organisation may start (or submit) an application to a category now, and every reason why
/// not. The category's applicant types are any-of; its requirements are all-of, each met by any one of its
/// conditions. A condition the portal cannot decide (Other) gives a warning, never a refusal.
/// </summary>
public static class EligibilityEvaluator
{
    public static IReadOnlyList<Ineligibility> Check(EligibilityInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reasons = new List<Ineligibility>();
        var call = input.Call;
        var category = input.Category;

        if (!category.IsApplicable)
        {
            reasons.Add(new(IneligibilityCode.NotApplicable, $"“{category.Name}”不接受申报（未设置申报书）"));
        }

        switch (input.Phase)
        {
            case CallPhase.NotOpen:
                reasons.Add(new(IneligibilityCode.CallNotOpen, call.Status == CallStatus.Published && call.OpensAt is { } opens
                    ? $"申报未开放，开放时间为 {Minute(opens)}（北京时间）"
                    : "申报未开放"));
                break;
            case CallPhase.Closed:
                reasons.Add(new(IneligibilityCode.CallClosed, call.SubmissionDeadline is { } deadline && call.ClosedAt is null
                    ? $"申报已截止（截止时间 {Deadline(deadline, call.SubmissionDeadlineIsEndOfDay)}）"
                    : "申报已截止"));
                break;
            case CallPhase.Open:
                break;
            default:
                throw new InvalidOperationException($"Unknown phase {input.Phase}.");
        }

        var eligibility = category.EffectiveEligibility;
        if (!eligibility.AllowsType(input.Type))
        {
            var allowed = string.Join("、", eligibility.ApplicantTypes.Select(ChineseNames.Of));
            reasons.Add(new(IneligibilityCode.TypeNotEligible, $"本项目的申报主体为{allowed}；本单位类型为{ChineseNames.Of(input.Type)}"));
        }

        if (call.ApplicationLimitPerOrganization is { } limit && input.OtherApplicationsInCall >= limit)
        {
            reasons.Add(new(IneligibilityCode.LimitReached, $"每个单位限报 {limit} 项，已申报 {input.OtherApplicationsInCall} 项"));
        }

        var debarments = input.Debarments.Where(d => d.IsActiveOn(input.Today)).OrderByDescending(d => d.Until).ToList();
        foreach (var debarment in debarments)
        {
            reasons.Add(new(IneligibilityCode.Debarred, $"本单位已被取消申报资格至 {Date(debarment.Until)}（原因：{ChineseNames.Of(debarment.Reason)}）"));
        }

        foreach (var requirement in eligibility.Requirements)
        {
            if (requirement.AnyOf.Count == 0 || requirement.AnyOf.Any(c => Holds(c, input) == true))
            {
                continue;
            }
            var labels = string.Join("；或", requirement.AnyOf.Select(c => c.Label));
            if (requirement.AnyOf.Any(c => Holds(c, input) is null))
            {
                reasons.Add(new(IneligibilityCode.ConditionNotMet, $"须由工作人员在形式审查时核实：{labels}", Blocking: false));
            }
            else if (requirement.AnyOf.All(c => c.Fact == EligibilityFact.NotDebarred))
            {
                // Reported above as Debarred, with the date and the reason.
                continue;
            }
            else if (requirement.AnyOf.All(c => c.Fact == EligibilityFact.NoUnfinishedEarlierProject))
            {
                reasons.Add(new(IneligibilityCode.UnfinishedProject, $"本单位有未完成的往年项目：{labels}"));
            }
            else
            {
                reasons.Add(new(IneligibilityCode.ConditionNotMet, $"不符合申报条件：{labels}"));
            }
        }

        return reasons;
    }

    /// <summary>Whether a condition holds: true, false, or null when only staff can decide (Other).</summary>
    public static bool? Holds(EligibilityCondition condition, EligibilityInput input)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(input);
        return condition.Fact switch
        {
            EligibilityFact.NotDebarred => !input.Debarments.Any(d => d.IsActiveOn(input.Today)),
            EligibilityFact.NoUnfinishedEarlierProject => !input.HasUnfinishedProject,
            EligibilityFact.Other => null,
            EligibilityFact.CapabilityRating => input.Facts.Any(f =>
                f.Fact == EligibilityFact.CapabilityRating
                && (condition.Year is null || f.Year == condition.Year)
                && CapabilityGrade.MeetsOrExceeds(f.Value, condition.Value)),
            _ => input.Facts.Any(f => f.Fact == condition.Fact && (condition.Year is null || f.Year == condition.Year)),
        };
    }

    private static string Minute(DateTimeOffset instant) =>
        BeijingTime.ToBeijing(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Deadline(DateTimeOffset deadline, bool endOfDay) =>
        endOfDay ? Date(BeijingTime.DayEndingAt(deadline)) : Minute(deadline);
}
