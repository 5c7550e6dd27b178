using GrantPortal.Domain.Common;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Display;

/// <summary>
/// A refused domain transition, in the user's language: the exception's code names the message. Invariant violations
/// (call.invalid) already carry their Chinese text, one line per node and rule.
/// </summary>
public static class DomainMessages
{
    public static string Describe(DomainException error, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(l);
        return error.Code switch
        {
            "call.invalid" => l["保存被拒绝：{0}", error.Message],
            "call.published_readonly" => l["通知已发布：项目类别、额度、数量、总额和申报条件不能再修改（申报单位已据此申报）。可修改通知正文、时间、联系人和申报表（申报表另存为新版本）。"],
            "call.not_draft" => l["只有草稿状态的通知可以发布"],
            "call.not_open" => l["只有已发布且尚未截止的通知可以提前截止"],
            "call.not_closed" => l["只有已截止的通知可以重新开放"],
            "call.deadline_past" => l["新的申报截止时间必须晚于当前时间"],
            "call.deadline_required" => l["申报截止时间已过：重新开放需要设定新的截止时间"],
            "call.reason_required" => l["请填写原因"],
            "call.category_move_cycle" => l["类别不能移动到自身或其下级类别之下"],
            "call.category_other_call" => l["该类别不属于本通知"],
            "call.duplicate_title" => l["{0} 年度已有同名通知“{1}”", error.Arguments.ToArray()],
            "call.duplicate_code" => l["类别编号重复：同一通知中的类别编号必须唯一"],
            _ => l["操作被拒绝：{0}", error.Message],
        };
    }
}
