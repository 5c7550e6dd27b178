using GrantPortal.Domain.Reviews;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Experts;

/// <summary>The Chinese names of the expert types, conflicts and gaps, through the localizer.</summary>
public static class ExpertText
{
    public static string Type(IStringLocalizer l, ExpertType type)
    {
        ArgumentNullException.ThrowIfNull(l);
        return type switch
        {
            ExpertType.Technical => l["技术专家"],
            ExpertType.Financial => l["财务专家"],
            ExpertType.Management => l["管理专家"],
            _ => type.ToString(),
        };
    }

    public static string Conflict(IStringLocalizer l, ConflictOfInterest conflict)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(conflict);
        return conflict.Kind switch
        {
            ConflictKind.SameOrganization => l["与申报单位同单位（{0}）", conflict.Detail],
            ConflictKind.PartnerUnit => l["与合作单位同单位（{0}）", conflict.Detail],
            ConflictKind.DeclaredRelation => l["申报有关联关系（{0}）", conflict.Detail],
            ConflictKind.AvoidanceRequested => l["申报单位申请回避（{0}）", conflict.Detail],
            ConflictKind.Recused => l["专家已声明回避（{0}）", conflict.Detail],
            _ => conflict.Kind.ToString(),
        };
    }

    public static string Gap(IStringLocalizer l, AssignmentGapReason reason)
    {
        ArgumentNullException.ThrowIfNull(l);
        return reason switch
        {
            AssignmentGapReason.NoExpertOfType => l["专家库中没有可用的此类专家"],
            AssignmentGapReason.AllConflicted => l["可用的此类专家均需回避或已分配"],
            AssignmentGapReason.AllAtMaximum => l["可分配的此类专家已达任务上限"],
            _ => reason.ToString(),
        };
    }

    public static string Status(IStringLocalizer l, ReviewAssignmentStatus status)
    {
        ArgumentNullException.ThrowIfNull(l);
        return status switch
        {
            ReviewAssignmentStatus.Assigned => l["待评审"],
            ReviewAssignmentStatus.Submitted => l["已提交评分"],
            ReviewAssignmentStatus.Recused => l["已回避"],
            ReviewAssignmentStatus.Withdrawn => l["已撤销"],
            _ => status.ToString(),
        };
    }
}
