namespace GrantPortal.Infrastructure.Awards;

/// <summary>统计 as sheets: “申报情况”, “资金情况”, “评审进度”, “项目执行”, one row per category and the total.</summary>
public static class DashboardExport
{
    public static IReadOnlyList<ExportSheet> Sheets(CallDashboard dashboard)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        var rows = dashboard.Rows.Append(dashboard.Total).ToList();
        static string Code(DashboardRow r) => r.Category?.Code ?? "";
        static string Name(DashboardRow r) => r.Category is { } c ? new string('　', r.Depth) + c.Name : "合计";
        ExportSheet Sheet(string name, object?[] heading, Func<DashboardRow, object?[]> values) =>
            new(name, [heading, .. rows.Select(r => (IReadOnlyList<object?>)[Code(r), Name(r), .. values(r)])]);
        return
        [
            Sheet("申报情况", ["类别编号", "类别", "项目数量", "已提交", "形式审查中", "不予受理", "评审中", "已立项", "未立项"],
                r => [r.Quota.ToString(), r.Submitted, r.InFormalCheck, r.Rejected, r.InReview, r.Approved, r.NotApproved]),
            Sheet("资金情况", ["类别编号", "类别", "总额（元）", "申请金额（元）", "立项金额（元）", "已拨付（元）"],
                r => [r.Cap, r.Requested, r.Awarded, r.Paid]),
            Sheet("评审进度", ["类别编号", "类别", "已完成评审", "评审任务"],
                r => [r.ReviewsDone, r.ReviewsTotal]),
            Sheet("项目执行", ["类别编号", "类别", "执行中", "已结项", "已终止", "已签订任务书", "已通过中期评估", "已通过验收"],
                r => [r.Active, r.Completed, r.Terminated, r.AgreementsSigned, r.MidTermsPassed, r.Accepted]),
        ];
    }
}
