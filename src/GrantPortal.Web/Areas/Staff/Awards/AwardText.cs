using System.Globalization;
using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Infrastructure.Awards;
using GrantPortal.Web.Display;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Awards;

/// <summary>The Chinese words for awards, tranches and payments, and the messages of a refused payment.</summary>
public static class AwardText
{
    public static string Status(AwardStatus status, IStringLocalizer l) => status switch
    {
        AwardStatus.Active => l["执行中"],
        AwardStatus.Completed => l["已结项"],
        AwardStatus.Terminated => l["已终止"],
        _ => status.ToString(),
    };

    public static string Tranche(TrancheStatus status, IStringLocalizer l) => status switch
    {
        TrancheStatus.Planned => l["未到拨付条件"],
        TrancheStatus.Due => l["待拨付"],
        TrancheStatus.Paid => l["已拨付"],
        TrancheStatus.Cancelled => l["已取消"],
        _ => status.ToString(),
    };

    public static string Kind(PaymentKind kind, IStringLocalizer l) => kind switch
    {
        PaymentKind.Payment => l["拨付"],
        PaymentKind.Recovery => l["追回"],
        PaymentKind.Cancellation => l["取消"],
        _ => kind.ToString(),
    };

    /// <summary>The milestones met, in words: "已签订任务书、已通过中期评估".</summary>
    public static string Milestones(Award award, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(award);
        var met = new List<string>();
        if (award.AgreementSignedAt is not null) { met.Add(l["已签订任务书"]); }
        if (award.MidTermPassedAt is not null) { met.Add(l["已通过中期评估"]); }
        if (award.AcceptedAt is not null) { met.Add(l["已通过验收"]); }
        return met.Count == 0 ? l["（尚无）"] : string.Join(l["、"], met);
    }

    /// <summary>What someone else did to the award, for the stale-version message.</summary>
    public static string Event(AwardEvent e, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(e);
        var at = Format.Beijing(e.At);
        if (e.Entry is { } entry)
        {
            var amount = Format.Yuan(entry.Amount);
            return entry.Kind switch
            {
                PaymentKind.Payment => l["{0}：{1} 登记了第 {2} 期拨付 {3}（凭证号 {4}）", at, entry.RecordedByName, entry.TrancheNumber ?? 0, amount, entry.VoucherNumber ?? ""],
                PaymentKind.Recovery => l["{0}：{1} 登记了追回 {2}（凭证号 {3}）", at, entry.RecordedByName, amount, entry.VoucherNumber ?? ""],
                _ => l["{0}：第 {1} 期（{2}）已取消", at, entry.TrancheNumber ?? 0, amount],
            };
        }
        if (e.Terminated)
        {
            return l["{0}：项目已终止", at];
        }
        return e.Milestone switch
        {
            DisbursementMilestone.AgreementSigned => l["{0}：已签订任务书，相应拨款转为待拨付", at],
            DisbursementMilestone.MidTermEvaluation => l["{0}：已通过中期评估，相应拨款转为待拨付", at],
            _ => l["{0}：已通过验收，相应拨款转为待拨付", at],
        };
    }

    /// <summary>Why the award refused a payment or recovery.</summary>
    public static string Refusal(DomainException error, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            "award.tranche_not_due" => l["该期拨款尚未到拨付条件（对应节点未完成），不能登记拨付"],
            "award.tranche_paid" => l["该期拨款已登记拨付，不能重复登记"],
            "award.tranche_cancelled" => l["该期拨款已取消，不能登记拨付"],
            "award.unknown_tranche" => l["没有这一期拨款"],
            "award.voucher_required" => l["请填写凭证号"],
            "award.paid_in_future" => l["日期不能晚于今天（北京时间）"],
            "award.not_terminated" => l["只有已终止的项目才需登记追回"],
            "award.recovery_invalid" => l["追回金额必须大于零，且不超过尚待追回的金额"],
            "award.terminated" => l["项目已终止"],
            _ => l["操作被拒绝：{0}", error.Message],
        };
    }

    /// <summary>"第 2 期" or "追回" — where a voucher was used.</summary>
    public static string VoucherUsed(VoucherUse use, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(use);
        return use.TrancheNumber is { } number
            ? l["凭证号已用于 {0} 第 {1} 期拨付，同一凭证号不能重复登记", use.ApplicationNumber, number.ToString(CultureInfo.InvariantCulture)]
            : l["凭证号已用于 {0} 的追回，同一凭证号不能重复登记", use.ApplicationNumber];
    }
}
