using GrantPortal.Domain.Awards;

namespace GrantPortal.Infrastructure.Awards;

/// <summary>
/// 资金台账 as sheets: “台账” (one row per category and the total, against the caps) and “项目明细” (one row per award).
/// Amounts in yuan.
/// </summary>
public static class LedgerExport
{
    public static IReadOnlyList<ExportSheet> Sheets(CallLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var summary = new List<IReadOnlyList<object?>>
        {
            new object?[] { "类别编号", "类别", "项目数", "总额（元）", "立项金额（元）", "已拨付（元）", "未拨付（元）", "已取消（元）", "应追回（元）", "已追回（元）", "剩余额度（元）", "超出总额" },
        };
        foreach (var row in ledger.Ledger.Rows)
        {
            summary.Add(Row(row.Category!.Code, new string('　', row.Depth) + row.Category.Name, row));
        }
        summary.Add(Row("", "合计", ledger.Ledger.Total));

        var codes = ledger.Categories.ToDictionary(c => c.Id, c => c.Code + " " + c.Name);
        var awards = new List<IReadOnlyList<object?>>
        {
            new object?[] { "申报编号", "项目名称", "申报单位", "类别", "状态", "立项金额（元）", "已拨付（元）", "未拨付（元）", "已取消（元）", "应追回（元）", "已追回（元）" },
        };
        foreach (var award in ledger.Awards)
        {
            awards.Add(new object?[]
            {
                award.ApplicationNumber, award.ProjectTitle, award.OrganizationName, codes.GetValueOrDefault(award.CategoryId, ""), StatusName(award.Status),
                award.Amount, award.Paid, award.Outstanding, award.Cancelled, award.ToRecover, award.Recovered,
            });
        }
        return [new ExportSheet("台账", summary), new ExportSheet("项目明细", awards)];
    }

    public static string StatusName(AwardStatus status) => status switch
    {
        AwardStatus.Active => "执行中",
        AwardStatus.Completed => "已结项",
        AwardStatus.Terminated => "已终止",
        _ => status.ToString(),
    };

    private static object?[] Row(string code, string name, LedgerRow row) =>
    [
        code, name, row.Figures.Awards, row.Cap, row.Figures.Awarded, row.Figures.Paid, row.Figures.Outstanding, row.Figures.Cancelled,
        row.Figures.ToRecover, row.Figures.Recovered, row.Remaining, row.CapExceeded ? "是" : "",
    ];
}
