using GrantPortal.Domain.Documents;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Exports;

/// <summary>Job status and scope in words (shown on the pages and sent by the status JSON).</summary>
public static class ExportStatusText
{
    public static string Status(ExportJob job, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(l);
        return job.Status switch
        {
            ExportJobStatus.Queued => l["排队中"],
            ExportJobStatus.Running => l["正在导出 {0}/{1}", job.Done, job.Total],
            ExportJobStatus.Done => l["已完成，共 {0} 份", job.Total],
            _ => l["失败：{0}", job.Error ?? ""],
        };
    }

    public static string Scope(ExportScope scope, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return scope switch
        {
            ExportScope.Application => l["一份申报书"],
            ExportScope.Category => l["一个类别"],
            _ => l["整个通知"],
        };
    }
}
