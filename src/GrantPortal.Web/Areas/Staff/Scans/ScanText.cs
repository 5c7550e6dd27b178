using GrantPortal.Domain.Documents;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Scans;

/// <summary>What a sealed scan's verdict says, for applicants and staff alike, and the CSS class of its badge.</summary>
public static class ScanText
{
    public static string Describe(ScanVerdict? verdict, SealedScan? scan, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return verdict switch
        {
            null => l["未上传"],
            { Status: ScanMatchStatus.Matches } => l["一致（已从二维码识别）"],
            { Status: ScanMatchStatus.ConfirmedByStaff } => l["一致（工作人员已核对）"],
            { Status: ScanMatchStatus.AwaitingStaff } => l["一致（填写的校验码），待工作人员核对"],
            { Status: ScanMatchStatus.Unreadable } => l["未能识别，待工作人员核对"],
            { Status: ScanMatchStatus.OlderVersion, ScanVersion: { } version } v => l["不一致：扫描件为第 {0} 版，最新为第 {1} 版", version, v.LatestVersion],
            { Status: ScanMatchStatus.Outdated, ScanVersion: { } version } v => l["已过期：上传后申报书重新提交，扫描件为第 {0} 版，最新为第 {1} 版", version, v.LatestVersion],
            { Status: ScanMatchStatus.RejectedByStaff } => l["不一致：{0}", scan?.RejectionReason ?? ""],
            _ => l["不一致：校验码不属于本申报书"],
        };
    }

    public static string Badge(ScanVerdict? verdict) => verdict switch
    {
        null => "badge",
        { IsMatch: true } => "badge ok",
        { IsMismatch: true } => "badge bad",
        _ => "badge warn",
    };

    public static string Method(ScanReadMethod method, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return method switch
        {
            ScanReadMethod.QrFromImage => l["从图片的二维码识别"],
            ScanReadMethod.QrFromPdf => l["从 PDF 页面的二维码识别"],
            _ => l["未识别到二维码"],
        };
    }
}
