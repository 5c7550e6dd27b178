using GrantPortal.Domain.Documents;

namespace GrantPortal.Infrastructure.Documents.Scans;

/// <summary>An application's latest sealed scan (null when none) and what it shows.</summary>
public sealed record ScanCheck(ScanCheckStatus Status, SealedScan? Scan, ScanVerdict? Verdict)
{
    public static readonly ScanCheck Missing = new(ScanCheckStatus.Missing, null, null);

    public static ScanCheckStatus Of(ScanMatchStatus status) => status switch
    {
        ScanMatchStatus.Matches or ScanMatchStatus.ConfirmedByStaff => ScanCheckStatus.Matches,
        ScanMatchStatus.AwaitingStaff or ScanMatchStatus.Unreadable => ScanCheckStatus.Unconfirmed,
        ScanMatchStatus.Outdated => ScanCheckStatus.Outdated,
        _ => ScanCheckStatus.Mismatch,
    };

    /// <summary>In Chinese, for the export index and lists: 一致 / 不一致: 扫描件为第 N 版，最新为第 M 版 / 待工作人员核对 …</summary>
    public string Describe() => Verdict switch
    {
        null => "未上传",
        { Status: ScanMatchStatus.Matches } => "一致",
        { Status: ScanMatchStatus.ConfirmedByStaff } => "一致（工作人员已核对）",
        { Status: ScanMatchStatus.AwaitingStaff } => "一致（填写的校验码），待工作人员核对",
        { Status: ScanMatchStatus.Unreadable } => "未能识别，待工作人员核对",
        { Status: ScanMatchStatus.OlderVersion or ScanMatchStatus.Outdated, ScanVersion: { } scan } v => $"不一致：扫描件为第 {scan} 版，最新为第 {v.LatestVersion} 版",
        { Status: ScanMatchStatus.RejectedByStaff } => "不一致：" + Scan?.RejectionReason,
        _ => "不一致：校验码不属于本申报书",
    };
}
