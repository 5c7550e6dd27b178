using System.Globalization;
using System.Text;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Infrastructure.Documents.Layout;

/// <summary>An answer as the printed form shows it: option labels, 是/否, yuan with two decimals, dates in Chinese.</summary>
internal static class FieldText
{
    public static string Format(FieldType type, IReadOnlyList<ChoiceOption> options, string? value, IReadOnlyDictionary<string, string> fileNames)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }
        return type switch
        {
            FieldType.Money => Money(value),
            FieldType.Date => Date(value),
            FieldType.YesNo => value switch { "yes" => "是", "no" => "否", _ => value },
            FieldType.SingleChoice => Label(options, value),
            FieldType.MultipleChoice => string.Join("、", value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => Label(options, v))),
            FieldType.File => fileNames.TryGetValue(value, out var name) ? name : "（已上传附件）",
            _ => value,
        };
    }

    public static string Money(string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var yuan) ? Yuan(yuan) : value;

    public static string Yuan(decimal yuan) => yuan.ToString("#,0.00", CultureInfo.InvariantCulture) + " 元";

    public static string Date(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? string.Format(CultureInfo.InvariantCulture, "{0}年{1}月{2}日", date.Year, date.Month, date.Day)
            : value;

    /// <summary>A person block: name, title, mobile, email, each with its label, empty parts left out.</summary>
    public static string Person(string key, IReadOnlyDictionary<string, string> values)
    {
        var text = new StringBuilder();
        foreach (var (part, label) in new[] { ("name", "姓名"), ("title", "职务/职称"), ("mobile", "手机"), ("email", "邮箱") })
        {
            if (values.TryGetValue($"{key}.{part}", out var value) && !string.IsNullOrWhiteSpace(value))
            {
                if (text.Length > 0)
                {
                    text.Append('　');
                }
                text.Append(label).Append('：').Append(value.Trim());
            }
        }
        return text.ToString();
    }

    private static string Label(IReadOnlyList<ChoiceOption> options, string value) =>
        options.FirstOrDefault(o => o.Value == value)?.Label ?? value;
}
