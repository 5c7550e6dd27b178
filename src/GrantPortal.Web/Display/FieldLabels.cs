using GrantPortal.Domain.Forms;

namespace GrantPortal.Web.Display;

public static class FieldLabels
{
    public static string Of(FieldType type) => type switch
    {
        FieldType.ShortText => "文本",
        FieldType.LongText => "长文本",
        FieldType.Number => "数字",
        FieldType.Money => "金额（元）",
        FieldType.Date => "日期",
        FieldType.SingleChoice => "单选",
        FieldType.MultipleChoice => "多选",
        FieldType.YesNo => "是/否",
        FieldType.Person => "人员（姓名、职务、手机、邮箱）",
        FieldType.Table => "表格",
        FieldType.File => "附件",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
