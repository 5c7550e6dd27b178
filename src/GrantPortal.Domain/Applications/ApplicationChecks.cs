using System.Globalization;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Domain.Applications;

/// <summary>
/// 检查申报书: every problem of an application's answers against its form version and the category's amount rule, at
/// once, in Chinese naming the field. Errors block the submission; warnings (a budget that does not add up to the amount
/// asked for, no matching funds, a very short long text) only draw attention. Fields hidden by their show-when condition
/// are neither required nor checked.
/// </summary>
public static partial class ApplicationChecks
{
    private static readonly string[] PersonParts = ["name", "title", "mobile", "email"];
    private static readonly string[] RequiredPersonParts = ["name", "mobile"];

    /// <summary>
    /// Checks <paramref name="values"/> (keys as <see cref="GrantApplication.Values"/>) against <paramref name="schema"/>.
    /// <paramref name="amountRule"/> is the category's effective amount rule; <paramref name="childAmountRules"/> the
    /// effective rules of its sub-categories by code, used when a field that selects the sub-category is answered.
    /// </summary>
    public static IReadOnlyList<ApplicationProblem> Check(
        FormSchema schema,
        IReadOnlyDictionary<string, string> values,
        AmountRule? amountRule,
        IReadOnlyDictionary<string, AmountRule?>? childAmountRules = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(values);
        var problems = new List<ApplicationProblem>();
        var visible = schema.AllFields().Where(f => IsVisible(schema, values, f, 0)).ToList();
        foreach (var field in visible)
        {
            CheckField(field, values, problems);
        }
        CheckAmount(values, visible, amountRule, childAmountRules ?? new Dictionary<string, AmountRule?>(), problems);
        CheckBudgetWarnings(visible, values, problems);
        return problems;
    }

    /// <summary>Whether the field is shown: it has no condition, or the field it depends on is shown and has the value.</summary>
    public static bool IsVisible(FormSchema schema, IReadOnlyDictionary<string, string> values, FormField field, int depth = 0)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(field);
        if (field.ShowWhen is not { } when)
        {
            return true;
        }
        var controlling = schema.FindField(when.Field);
        if (controlling is null || depth > 10 || !IsVisible(schema, values, controlling, depth + 1))
        {
            return false;
        }
        return Answers(values, when.Field).Contains(when.EqualsValue, StringComparer.Ordinal);
    }

    private static string[] Answers(IReadOnlyDictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var value) ? value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    private static string? ValueOf(IReadOnlyDictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static void CheckField(FormField field, IReadOnlyDictionary<string, string> values, List<ApplicationProblem> problems)
    {
        var label = field.Label;
        switch (field.Type)
        {
            case FieldType.Table:
                CheckTable(field, values, problems);
                return;
            case FieldType.Person:
            {
                var any = PersonParts.Any(p => ValueOf(values, $"{field.Key}.{p}") is not null);
                if (field.Required || any)
                {
                    foreach (var part in RequiredPersonParts.Where(p => ValueOf(values, $"{field.Key}.{p}") is null))
                    {
                        problems.Add(ApplicationProblem.Error($"{field.Key}.{part}", $"请填写“{label}”的{(part == "name" ? "姓名" : "手机")}"));
                    }
                }
                foreach (var part in PersonParts)
                {
                    if (ValueOf(values, $"{field.Key}.{part}") is { } text && Characters(text) > 100)
                    {
                        problems.Add(ApplicationProblem.Error($"{field.Key}.{part}", $"“{label}”的内容超过 100 字"));
                    }
                }
                return;
            }
            default:
            {
                var value = ValueOf(values, field.Key);
                if (value is null)
                {
                    if (field.Required)
                    {
                        problems.Add(ApplicationProblem.Error(field.Key, field.Type == FieldType.File ? $"请上传“{label}”" : $"请填写“{label}”"));
                    }
                    return;
                }
                if (CheckValue(field.Type, label, value, field.MaxLength, field.Options, field.Key) is { } problem)
                {
                    problems.Add(problem);
                }
                else if (field.Type == FieldType.LongText && field.MaxLength is { } max && Characters(value) * 10 < max)
                {
                    problems.Add(ApplicationProblem.Warning(field.Key, $"“{label}”只有 {Characters(value)} 字，不到字数上限 {max} 字的十分之一，请确认是否写完整"));
                }
                return;
            }
        }
    }

    /// <summary>A problem with one typed value (a field or a table cell), or null.</summary>
    private static ApplicationProblem? CheckValue(FieldType type, string label, string value, int? maxLength, IReadOnlyList<ChoiceOption> options, string key)
    {
        switch (type)
        {
            case FieldType.ShortText:
            case FieldType.LongText:
                var length = Characters(value);
                return maxLength is { } max && length > max
                    ? ApplicationProblem.Error(key, $"“{label}”共 {length} 字，超过字数上限 {max} 字")
                    : null;
            case FieldType.Number:
                return ParseDecimal(value) is null ? ApplicationProblem.Error(key, $"“{label}”必须是数字") : null;
            case FieldType.Money:
                return ParseDecimal(value) switch
                {
                    null => ApplicationProblem.Error(key, $"“{label}”必须是金额（元）"),
                    < 0 => ApplicationProblem.Error(key, $"“{label}”不能为负数"),
                    var yuan when yuan != Math.Round(yuan.Value, 2) => ApplicationProblem.Error(key, $"“{label}”最多保留两位小数（分）"),
                    _ => null,
                };
            case FieldType.Date:
                return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? null
                    : ApplicationProblem.Error(key, $"“{label}”不是有效日期（年-月-日）");
            case FieldType.YesNo:
                return value is "yes" or "no" ? null : ApplicationProblem.Error(key, $"“{label}”请选择“是”或“否”");
            case FieldType.SingleChoice:
                return options.Count == 0 || options.Any(o => o.Value == value) ? null : ApplicationProblem.Error(key, $"“{label}”的选择不在选项之中");
            case FieldType.MultipleChoice:
                var chosen = value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return options.Count == 0 || chosen.All(c => options.Any(o => o.Value == c)) ? null : ApplicationProblem.Error(key, $"“{label}”的选择不在选项之中");
            case FieldType.File:
                return Guid.TryParse(value, out _) ? null : ApplicationProblem.Error(key, $"“{label}”的附件无效，请重新上传");
            default:
                return null;
        }
    }

    private static void CheckTable(FormField field, IReadOnlyDictionary<string, string> values, List<ApplicationProblem> problems)
    {
        var rows = TableRows(field, values);
        var label = field.Label;
        if (rows.Count == 0 && field.Required && field.MinRows is not > 0)
        {
            problems.Add(ApplicationProblem.Error(field.Key, $"请填写“{label}”"));
        }
        if (field.MinRows is { } min && rows.Count < min)
        {
            problems.Add(ApplicationProblem.Error(field.Key, $"“{label}”至少填写 {min} 行，现有 {rows.Count} 行"));
        }
        if (field.MaxRows is { } max && rows.Count > max)
        {
            problems.Add(ApplicationProblem.Error(field.Key, $"“{label}”至多填写 {max} 行，现有 {rows.Count} 行"));
        }
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var column in field.Columns)
            {
                var key = $"{field.Key}.{rows[i]}.{column.Key}";
                var cellLabel = $"{label}第 {i + 1} 行的{column.Label}";
                var value = ValueOf(values, key);
                if (value is null)
                {
                    if (column.Required)
                    {
                        problems.Add(ApplicationProblem.Error(key, $"请填写“{cellLabel}”"));
                    }
                }
                else if (CheckValue(column.Type, cellLabel, value, column.MaxLength, column.Options, key) is { } problem)
                {
                    problems.Add(problem);
                }
            }
        }
    }

    /// <summary>The row numbers of a table that have any value, in order (rows removed in the browser leave gaps).</summary>
    public static IReadOnlyList<int> TableRows(FormField field, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(values);
        var prefix = field.Key + ".";
        return values.Where(v => v.Key.StartsWith(prefix, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(v.Value))
            .Select(v => v.Key[prefix.Length..].Split('.'))
            .Where(parts => parts.Length == 2 && field.Columns.Any(c => c.Key == parts[1]))
            .Select(parts => int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : -1)
            .Where(row => row >= 0)
            .Distinct()
            .Order()
            .ToList();
    }

    /// <summary>Characters as the applicant sees them (a CJK character, an emoji, CR+LF each count once).</summary>
    public static int Characters(string text) => new StringInfo(text ?? "").LengthInTextElements;

    private static decimal? ParseDecimal(string value) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static string Yuan(decimal yuan) => yuan.ToString("#,0.##", CultureInfo.InvariantCulture);
}
