using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Applicant.Applications;

/// <summary>Why a form page is read-only (the status names are Display/Labels.Of).</summary>
public static class StatusText
{
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
