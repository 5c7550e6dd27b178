using GrantPortal.Domain.Calls;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>Chinese names of the values only the category editor shows.</summary>
public static class CategoryLabels
{
    public static string Of(AcceptanceMaterialKind kind, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return kind switch
        {
            AcceptanceMaterialKind.AcceptanceForm => l["验收表"],
            AcceptanceMaterialKind.Report => l["总结报告"],
            AcceptanceMaterialKind.FinancialAudit => l["财务审计报告"],
            AcceptanceMaterialKind.Photos => l["照片"],
            AcceptanceMaterialKind.SignInSheet => l["签到表"],
            AcceptanceMaterialKind.News => l["新闻报道"],
            AcceptanceMaterialKind.Slides => l["演示文稿"],
            AcceptanceMaterialKind.Video => l["视频"],
            AcceptanceMaterialKind.Notice => l["活动通知"],
            AcceptanceMaterialKind.Agenda => l["议程"],
            AcceptanceMaterialKind.Proceedings => l["论文集"],
            AcceptanceMaterialKind.Certificate => l["证书"],
            AcceptanceMaterialKind.Ledger => l["经费台账"],
            AcceptanceMaterialKind.Other => l["其他"],
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    public static string Of(EligibilityFact fact, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return fact switch
        {
            EligibilityFact.FirstClassSocietyCandidate => l["一流学会创建单位"],
            EligibilityFact.CapabilityRating => l["综合能力评价等级（取值为等级，年份为评价年度）"],
            EligibilityFact.AnnualReportFiled => l["已完成年报（年份）"],
            EligibilityFact.NoUnfinishedEarlierProject => l["无未完成的往年项目"],
            EligibilityFact.NotDebarred => l["未被取消申报资格"],
            EligibilityFact.SoundFinancialSystem => l["财务手续完善"],
            EligibilityFact.PilotCity => l["“科创中国”试点城市"],
            EligibilityFact.Other => l["其他条件（由工作人员审核）"],
            _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, null),
        };
    }
}
