using GrantPortal.Infrastructure.Documents.Scans;
using GrantPortal.Web.Infrastructure.Uploads;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Applicant.Scans;

/// <summary>
/// Why a sealed scan (of an application or of a task agreement) is refused: the scan's own wording of the accepted
/// types ("PDF、PNG、JPG", not every extension of <see cref="ScanIntake.Accept"/>).
/// </summary>
public static class ScanUploadText
{
    public static string? Describe(UploadRefusal refusal, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return refusal == UploadRefusal.WrongType
            ? l["文件类型不符：只接受 PDF、PNG、JPG"]
            : UploadText.Describe(refusal, ScanIntake.MaxBytes, ScanIntake.Accept, l);
    }
}
