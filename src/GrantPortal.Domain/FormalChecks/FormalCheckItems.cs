using System.Globalization;
using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Eligibility;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Domain.FormalChecks;

/// <summary>
/// The standard items of the formal checklist, built from the call's rules, one source per concern. A new concern is
/// a method returning its items plus one line in <see cref="Standard"/>.
/// </summary>
public static class FormalCheckItems
{
    /// <summary>Every source, in the order the checklist shows them.</summary>
    public static IReadOnlyList<FormalCheckItemSource> Standard { get; } =
    [
        FormComplete,
        UploadsPresent,
        EligibilityHolds,
        NotDebarred,
        WithinLimit,
        SubmittedInTime,
        SimilarityResolved,
        PartnersValid,
        SealedScanMatches,
        ManualItems,
    ];

    public static IEnumerable<FormalCheckItem> FormComplete(FormalCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        const string label = "申报书填写完整";
        var children = facts.Category.Children.ToDictionary(c => c.Code, c => c.EffectiveAmountRule, StringComparer.Ordinal);
        var problems = ApplicationChecks.Check(facts.Form, facts.Values, facts.Category.EffectiveAmountRule, children);
        var errors = problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.Message).ToList();
        var warnings = problems.Where(p => p.Severity == ProblemSeverity.Warning).Select(p => p.Message).ToList();
        if (errors.Count > 0)
        {
            yield return FormalCheckItem.Fail("form", label, List(errors));
        }
        else
        {
            // Warnings (a short text, a budget that does not add up) are hints for the applicant, not formal defects.
            yield return FormalCheckItem.Pass("form", label, warnings.Count == 0 ? "各项内容完整，符合申报表要求" : $"无错误；提示 {warnings.Count} 条：{List(warnings)}");
        }
    }

    public static IEnumerable<FormalCheckItem> UploadsPresent(FormalCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        const string label = "必需的附件已上传";
        var fields = facts.Form.AllFields()
            .Where(f => f.Type == FieldType.File && ApplicationChecks.IsVisible(facts.Form, facts.Values, f))
            .ToList();
        var missing = new List<string>();
        var uploaded = 0;
        foreach (var field in fields)
        {
            var ids = facts.Values.TryGetValue(field.Key, out var value)
                ? value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            if (ids.Length == 0)
            {
                if (field.Required)
                {
                    missing.Add($"“{field.Label}”未上传");
                }
                continue;
            }
            if (ids.Any(id => !Guid.TryParse(id, out var fileId) || !facts.StoredFileIds.Contains(fileId)))
            {
                missing.Add($"“{field.Label}”的文件已不存在");
                continue;
            }
            uploaded++;
        }
        if (missing.Count > 0)
        {
            yield return FormalCheckItem.Fail("uploads", label, List(missing));
        }
        else
        {
            yield return FormalCheckItem.Pass("uploads", label, fields.Count == 0 ? "申报表不要求上传附件" : $"已上传 {uploaded} 项附件");
        }
    }

    public static IEnumerable<FormalCheckItem> EligibilityHolds(FormalCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        const string label = "申报资格仍然符合";
        var reasons = facts.Eligibility
            .Where(r => r.Code is not (IneligibilityCode.CallClosed or IneligibilityCode.CallNotOpen or IneligibilityCode.Debarred or IneligibilityCode.LimitReached))
            .ToList();
        if (reasons.Any(r => r.Blocking))
        {
            yield return FormalCheckItem.Fail("eligibility", label, List(reasons.Where(r => r.Blocking).Select(r => r.Message)));
        }
        else if (reasons.Count > 0)
        {
            yield return FormalCheckItem.Warning("eligibility", label, "需人工核实：" + List(reasons.Select(r => r.Message)));
        }
        else
        {
            yield return FormalCheckItem.Pass("eligibility", label, "单位类型和申报条件符合本类别要求");
        }
    }

    public static IEnumerable<FormalCheckItem> NotDebarred(FormalCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        const string label = "未被取消申报资格";
        var debarred = facts.Eligibility.Where(r => r.Code == IneligibilityCode.Debarred).Select(r => r.Message).ToList();
        yield return debarred.Count > 0
            ? FormalCheckItem.Fail("debarment", label, List(debarred))
            : FormalCheckItem.Pass("debarment", label, "无有效的取消申报资格记录");
    }

    public static IEnumerable<FormalCheckItem> WithinLimit(FormalCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        const string label = "未超过每个单位的申报数量";
        var over = facts.Eligibility.Where(r => r.Code == IneligibilityCode.LimitReached).Select(r => r.Message).ToList();
        if (over.Count > 0)
        {
            yield return FormalCheckItem.Fail("limit", label, List(over));
        }
        else
        {
            yield return FormalCheckItem.Pass("limit", label, facts.Call.ApplicationLimitPerOrganization is { } limit
                ? $"每个单位限报 {limit} 项，未超过"
                : "通知未限制申报数量");
        }
    }

    public static IEnumerable<FormalCheckItem> SubmittedInTime(FormalCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        const string label = "在截止时间前提交";
        if (facts.Submission is not { } submission)
        {
            yield return FormalCheckItem.Fail("deadline", label, "尚未提交");
            yield break;
        }
        var call = facts.Call;
        DateTimeOffset? deadline = call.ClosedAt is { } closed && (call.SubmissionDeadline is null || closed < call.SubmissionDeadline) ? closed : call.SubmissionDeadline;
        var correction = facts.Application.CorrectionDeadline;
        var at = Minute(submission.SubmittedAt);
        if (correction is { } until && submission.Version > 1 && submission.SubmittedAt < until)
        {
            yield return FormalCheckItem.Pass("deadline", label, $"第 {submission.Version} 版于 {at} 提交，在修改期限 {Minute(until)} 之前");
        }
        else if (deadline is null || submission.SubmittedAt < deadline)
        {
            yield return FormalCheckItem.Pass("deadline", label, deadline is { } d ? $"第 {submission.Version} 版于 {at} 提交，在截止时间 {Minute(d)} 之前" : $"第 {submission.Version} 版于 {at} 提交；通知未规定截止时间");
        }
        else
        {
            yield return FormalCheckItem.Fail("deadline", label, $"第 {submission.Version} 版于 {at} 提交，晚于截止时间 {Minute(deadline.Value)}");
        }
    }

    public static IEnumerable<FormalCheckItem> SimilarityResolved(FormalCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        const string label = "查重无未核实的相似申报";
        var application = facts.Application;
        if (application.SimilarToId is null)
        {
            yield return FormalCheckItem.Pass("similarity", label, "未发现高度相似的申报书");
        }
        else if (application.SimilarityOverrideReason is { } reason)
        {
            yield return FormalCheckItem.Pass("similarity", label, $"曾与另一份申报书高度相似，已核实为不同项目：{reason}");
        }
        else
        {
            var similarity = (application.Similarity ?? 0).ToString("P0", CultureInfo.InvariantCulture);
            yield return FormalCheckItem.Warning("similarity", label, $"与另一份申报书高度相似（相似度 {similarity}），尚未核实");
        }
    }

    public static IEnumerable<FormalCheckItem> PartnersValid(FormalCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        const string label = "合作单位信息有效";
        var partners = JointApplication.Partners(facts.Values);
        if (partners.Count == 0)
        {
            yield return FormalCheckItem.Pass("partners", label, "非联合申报");
            yield break;
        }
        var problems = JointApplication.Problems(partners, facts.LeadName, facts.LeadCreditCode).ToList();
        yield return problems.Count > 0
            ? FormalCheckItem.Fail("partners", label, List(problems))
            : FormalCheckItem.Pass("partners", label, $"合作单位 {partners.Count} 家，名称和统一社会信用代码有效");
    }

    /// <summary>
    /// The uploaded scan of the sealed paper copy belongs to the latest submission (its verification code, read from the
    /// QR code or typed and confirmed by staff). Required when the call asks for a sealed scan; a scan awaiting staff's
    /// confirmation is a warning to look at, never a pass.
    /// </summary>
    public static IEnumerable<FormalCheckItem> SealedScanMatches(FormalCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        const string label = "盖章扫描件与最新版本一致";
        var scan = facts.SealedScan;
        var required = facts.Call.Submission.RequiresSealedScan;
        yield return scan.State switch
        {
            SealedScanState.Matches => FormalCheckItem.Pass("sealed-scan", label, scan.Detail),
            SealedScanState.Unconfirmed => new FormalCheckItem("sealed-scan", label, CheckItemOutcome.Warning, scan.Detail, Unverified: true),
            SealedScanState.Missing when required => FormalCheckItem.Fail("sealed-scan", label, "未上传盖章扫描件"),
            SealedScanState.Missing => FormalCheckItem.Pass("sealed-scan", label, "本通知不要求上传盖章扫描件"),
            _ => FormalCheckItem.Fail("sealed-scan", label, scan.Detail),
        };
    }

    /// <summary>What staff confirm by hand, from the call's 报送要求: the paper copies, the seals, each listed material.</summary>
    public static IEnumerable<FormalCheckItem> ManualItems(FormalCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var submission = facts.Call.Submission;
        if (submission.PaperCopies is { } copies)
        {
            yield return FormalCheckItem.ToConfirm("manual.paper", $"纸质材料（一式 {copies} 份）与网上提交的一致");
        }
        if (submission.PaperCopies is not null || submission.RequiresSealedScan)
        {
            yield return FormalCheckItem.ToConfirm("manual.seal", "签字盖章齐全");
        }
        for (var i = 0; i < submission.Materials.Count; i++)
        {
            yield return FormalCheckItem.ToConfirm($"manual.material.{i}", $"已报送：{submission.Materials[i]}");
        }
    }

    private static string List(IEnumerable<string> lines)
    {
        var all = lines.ToList();
        var shown = string.Join("；", all.Take(5));
        return all.Count > 5 ? $"{shown}；等共 {all.Count} 项" : shown;
    }

    private static string Minute(DateTimeOffset at) => BeijingTime.ToBeijing(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
