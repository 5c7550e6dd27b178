using GrantPortal.Domain.Common;
using GrantPortal.Web.Display;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Public.Notices;

/// <summary>A refused public-notice transition, in the user's language.</summary>
public static class NoticeMessages
{
    public static string Describe(DomainException error, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(l);
        return error.Code switch
        {
            "notice.closed" => l["公示期已于 {0} 结束，不再受理异议。", Format.Deadline((DateTimeOffset)error.Arguments[0], true)],
            "notice.open" => l["公示期尚未结束（截止 {0}）。", Format.Deadline((DateTimeOffset)error.Arguments[0], true)],
            "notice.objections_pending" => l["还有 {0} 件异议尚未处理。", error.Arguments[0]],
            "notice.finalised" => l["该公示已立项，不能重复操作。"],
            "notice.nothing_left" => l["公示项目已全部撤销，没有可立项的项目。"],
            "notice.exists" => l["该通知的立项公示已发布。"],
            "notice.decision_not_confirmed" => l["评审委员会决定尚未确认，不能发布公示。"],
            "notice.no_lines" => l["评审委员会决定中没有拟立项的项目。"],
            "notice.title_required" => l["请填写公示标题"],
            "notice.days_invalid" => l["公示期应为 1 至 30 个工作日"],
            "notice.unknown_line" => l["所选项目不在本公示名单中"],
            "notice.withdraw_needs_line" => l["该异议未针对具体项目，不能撤销项目。"],
            "notice.withdraw_needs_upheld" => l["只有异议成立时才能撤销项目。"],
            "notice.line_withdrawn" => l["该项目已撤销。"],
            "objection.handled" => l["该异议已处理。"],
            "objection.handling_required" => l["请填写处理情况和处理结果"],
            "objection.reasons_short" => l["异议理由至少需要 20 个字，请写明事实和依据"],
            "objection.contact_required" => l["请填写联系电话或电子邮箱（至少一项）"],
            "objection.name_required" => l["请填写异议人姓名"],
            _ => l["操作被拒绝：{0}", error.Message],
        };
    }
}
