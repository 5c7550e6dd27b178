using GrantPortal.Domain.Agreements;
using GrantPortal.Domain.Common;
using GrantPortal.Web.Display;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Agreements;

/// <summary>Refused agreement steps in the user's language, and the lines staff edit (indicators, schedule) as text.</summary>
public static class AgreementText
{
    public static string Describe(DomainException error, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(l);
        return error.Code switch
        {
            "agreement.stale" => l["任务书已被他人修改，请查看最新内容后重试"],
            "agreement.wrong_status" => l["任务书当前的状态不允许这一步操作"],
            "agreement.draft_open" => l["当前版本仍是草稿，请直接修改草稿"],
            "agreement.not_issued" => l["任务书尚未下达，暂不能上传盖章件"],
            "agreement.already_countersigned" => l["当前版本已会签，无需再上传盖章件"],
            "agreement.period_invalid" => l["完成日期不能早于开始日期"],
            "agreement.terms_too_long" => l["特别约定不能超过 4000 字"],
            "agreement.reason_required" => l["请填写原因"],
            "agreement.amount_mismatch" or "agreement.tranches_mismatch" => l["资助金额和拨付计划以立项为准，不能在任务书中修改"],
            "award.terminated" => l["该项目已终止，任务书不能再办理"],
            _ => DomainMessages.Describe(error, l),
        };
    }

    public static string IndicatorLines(IEnumerable<AgreementIndicator> indicators) =>
        string.Join("\n", indicators.Select(i => i.Target is { Length: > 0 } target ? $"{i.Name}｜{target}" : i.Name));

    public static string ScheduleLines(IEnumerable<AgreementMilestone> schedule) =>
        string.Join("\n", schedule.Select(s => s.Period.Length > 0 ? $"{s.Period}｜{s.Task}" : s.Task));

    /// <summary>One indicator per line; "指标｜目标值" (or a tab) gives the target.</summary>
    public static IReadOnlyList<AgreementIndicator> ParseIndicators(string? text) =>
        [.. Lines(text).Select(line =>
        {
            var split = line.IndexOfAny(['｜', '|', '\t']);
            return split > 0 && split < line.Length - 1
                ? new AgreementIndicator(line[..split].Trim(), line[(split + 1)..].Trim())
                : new AgreementIndicator(line.Trim('｜', '|', ' '));
        })];

    /// <summary>One step per line; "时间｜工作内容" (or a tab) gives the time.</summary>
    public static IReadOnlyList<AgreementMilestone> ParseSchedule(string? text) =>
        [.. Lines(text).Select(line =>
        {
            var split = line.IndexOfAny(['｜', '|', '\t']);
            return split > 0 && split < line.Length - 1
                ? new AgreementMilestone(line[..split].Trim(), line[(split + 1)..].Trim())
                : new AgreementMilestone("", line.Trim('｜', '|', ' '));
        })];

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
}
