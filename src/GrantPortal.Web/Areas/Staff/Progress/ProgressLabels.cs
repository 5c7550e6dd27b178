using GrantPortal.Domain.Progress;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Progress;

/// <summary>Chinese names of the mid-term and change-request states, in the user's language.</summary>
public static class ProgressLabels
{
    public static string Of(MidTermStatus? status, IStringLocalizer L)
    {
        ArgumentNullException.ThrowIfNull(L);
        return status switch
        {
            null => L["未开始"],
            MidTermStatus.Draft => L["草稿"],
            MidTermStatus.Submitted => L["待评估"],
            MidTermStatus.ReturnedForRevision => L["退回修改"],
            MidTermStatus.Passed => L["评估通过"],
            MidTermStatus.Failed => L["评估不通过"],
            _ => status.ToString()!,
        };
    }

    public static string Of(MidTermAction action, IStringLocalizer L)
    {
        ArgumentNullException.ThrowIfNull(L);
        return action switch
        {
            MidTermAction.Submitted => L["提交"],
            MidTermAction.Returned => L["退回修改"],
            MidTermAction.Passed => L["评估通过"],
            MidTermAction.Failed => L["评估不通过"],
            _ => action.ToString(),
        };
    }

    public static string Of(ChangeKind kind, IStringLocalizer L)
    {
        ArgumentNullException.ThrowIfNull(L);
        return kind switch
        {
            ChangeKind.Content => L["项目内容"],
            ChangeKind.Timing => L["实施时间"],
            ChangeKind.PersonInCharge => L["项目负责人"],
            ChangeKind.Other => L["其他事项"],
            _ => kind.ToString(),
        };
    }

    public static string Of(ChangeRequestStatus status, IStringLocalizer L)
    {
        ArgumentNullException.ThrowIfNull(L);
        return status switch
        {
            ChangeRequestStatus.Pending => L["待审核"],
            ChangeRequestStatus.Approved => L["已批准"],
            ChangeRequestStatus.Refused => L["不予批准"],
            ChangeRequestStatus.Withdrawn => L["已撤回"],
            _ => status.ToString(),
        };
    }
}
