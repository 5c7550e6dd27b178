using GrantPortal.Domain.Forms;

namespace GrantPortal.Web.Areas.Staff.Forms;

/// <summary>Columns of the tables most notices ask for: 经费预算, 团队成员, 绩效目标, 联合申报单位.</summary>
public static class TablePresets
{
    public static readonly IReadOnlyList<string> Names = ["budget", "team", "targets", "partners"];

    /// <summary>The field key a preset's table should have, where it has a meaning beyond the form (the partners of a joint application).</summary>
    public static string? KeyOf(string? preset) => preset == "partners" ? GrantPortal.Domain.Applications.FormKeys.Partners : null;

    public static IReadOnlyList<TableColumn> Columns(string? preset) => preset switch
    {
        "budget" =>
        [
            new() { Key = "item", Label = "支出科目", Required = true },
            new() { Key = "amount", Label = "金额（元）", Type = FieldType.Money, Required = true, Total = true },
            new() { Key = "matching", Label = "配套资金（元）", Type = FieldType.Money, Total = true },
            new() { Key = "note", Label = "说明", MaxLength = 200 },
        ],
        "team" =>
        [
            new() { Key = "name", Label = "姓名", Required = true },
            new() { Key = "title", Label = "职务/职称" },
            new() { Key = "organization", Label = "单位" },
            new() { Key = "role", Label = "分工" },
        ],
        "targets" =>
        [
            new() { Key = "indicator", Label = "指标", Required = true },
            new() { Key = "target", Label = "目标值", Required = true },
            new() { Key = "due", Label = "完成时限", Type = FieldType.Date },
        ],
        "partners" =>
        [
            new() { Key = GrantPortal.Domain.Applications.JointApplication.NameColumn, Label = "合作单位名称", Required = true },
            new() { Key = GrantPortal.Domain.Applications.JointApplication.CreditCodeColumn, Label = "统一社会信用代码" },
            new() { Key = GrantPortal.Domain.Applications.JointApplication.RoleColumn, Label = "承担任务" },
        ],
        _ => [],
    };
}
