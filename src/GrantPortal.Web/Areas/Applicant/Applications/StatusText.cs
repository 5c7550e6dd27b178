using GrantPortal.Domain.Applications;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Applicant.Applications;

/// <summary>Chinese names of an application's status, and why a form page is read-only.</summary>
public static class StatusText
{
    public static string Of(ApplicationStatus status, IStringLocalizer l) => status switch
    {
        ApplicationStatus.Draft => l["草稿"],
        ApplicationStatus.Submitted => l["已提交"],
        ApplicationStatus.Withdrawn => l["已撤回"],
        ApplicationStatus.FormalCheck => l["形式审查中"],
        ApplicationStatus.Returned => l["退回修改"],
        ApplicationStatus.ExpertReview => l["专家评审中"],
        ApplicationStatus.PublicNotice => l["公示中"],
        ApplicationStatus.Approved => l["已立项"],
        ApplicationStatus.NotApproved => l["未立项"],
        ApplicationStatus.Rejected => l["不予受理"],
        _ => status.ToString(),
    };

    /// <summary>Why the applicant cannot change the application now, or null when they can.</summary>
    public static string? ReadOnlyReason(ApplicationContext context, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Editable)
        {
            return null;
        }
        return context.Phase switch
        {
            Domain.Calls.CallPhase.Closed => l["已截止：申报书不能再修改"],
            Domain.Calls.CallPhase.NotOpen => l["申报尚未开始：申报书暂不能修改"],
            _ => l["已提交：如需修改，请先撤回"],
        };
    }
}
