using GrantPortal.Domain.Common;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Progress;

/// <summary>A refused mid-term or change-request step, as the user reads it.</summary>
public static class ProgressMessages
{
    public static string Describe(DomainException error, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(l);
        return error.Code switch
        {
            "midterm.progress_too_short" => l["项目进展情况至少 {0} 字（不含空格），目前 {1} 字", error.Arguments.ToArray()],
            "midterm.spending_required" => l["请填写经费使用情况"],
            "midterm.too_long" => l["进展情况最多 {0} 字，经费使用情况最多 {1} 字", error.Arguments.ToArray()],
            "midterm.too_many_files" or "change.too_many_files" => l["附件最多 {0} 个", error.Arguments.ToArray()],
            "midterm.not_editable" => l["中期报告已提交，现在不能修改"],
            "midterm.not_submitted" => l["只能评估已提交的中期报告"],
            "midterm.comment_required" => l["请填写评估意见"],
            "midterm.comment_too_long" => l["意见最多 {0} 字", error.Arguments.ToArray()],
            "midterm.stale" or "award.stale" => l["此页面打开后已有其他人修改，请重新载入"],
            "midterm.award_not_active" or "change.award_not_active" or "award.terminated" => l["项目已结项或已终止"],
            "change.pending_exists" => l["已有一项待审核的变更申请：请等待审核结果或先撤回"],
            "change.date_required" => l["实施时间变更请填写新的完成日期"],
            "change.date_past" => l["新的完成日期必须晚于今天"],
            "change.to_required" => l["请填写变更后的内容"],
            "change.reason_required" => l["请填写变更理由"],
            "change.too_long" => l["内容过长"],
            "change.not_pending" => l["该变更申请已处理或已撤回"],
            "change.comment_required" => l["不予批准时请填写审核意见"],
            _ => l["操作被拒绝：{0}", error.Message],
        };
    }
}
