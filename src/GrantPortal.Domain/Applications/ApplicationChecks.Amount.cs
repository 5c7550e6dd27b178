using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Domain.Applications;

public static partial class ApplicationChecks
{
    private const string MatchingKeyword = "matching";
    private const string MatchingLabel = "配套";

    /// <summary>The facts the applicant declares: the shown "yes/no" fact fields answered "yes".</summary>
    public static IReadOnlySet<string> DeclaredFacts(IEnumerable<FormField> visibleFields, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(visibleFields);
        ArgumentNullException.ThrowIfNull(values);
        return visibleFields.Where(f => f.Fact is not null && ValueOf(values, f.Key) == "yes").Select(f => f.Fact!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The amount asked for: the "requestedAmount" field, or, on forms without one (the Guangxi forms), the total of the
    /// budget table's "requestedAmount" column. Null when the form has neither or nothing is filled in.
    /// </summary>
    private static (decimal? Amount, string Label, string Key)? RequestedAmount(IReadOnlyList<FormField> visible, IReadOnlyDictionary<string, string> values)
    {
        if (visible.FirstOrDefault(f => f.Key == FormKeys.RequestedAmount && f.Type is FieldType.Money or FieldType.Number) is { } field)
        {
            return (ValueOf(values, field.Key) is { } text ? ParseDecimal(text) : null, field.Label, field.Key);
        }
        foreach (var table in visible.Where(f => f.Type == FieldType.Table))
        {
            if (table.Columns.FirstOrDefault(c => c.Key == FormKeys.RequestedAmount) is { } column)
            {
                var total = ColumnTotal(table, column, values);
                return (total, $"{table.Label}的{column.Label}合计", table.Key);
            }
        }
        return null;
    }

    private static decimal? ColumnTotal(FormField table, TableColumn column, IReadOnlyDictionary<string, string> values)
    {
        var amounts = TableRows(table, values)
            .Select(r => ValueOf(values, $"{table.Key}.{r}.{column.Key}"))
            .Where(v => v is not null)
            .Select(v => ParseDecimal(v!))
            .ToList();
        return amounts.Count == 0 || amounts.Any(a => a is null) ? null : amounts.Sum();
    }

    private static void CheckAmount(
        IReadOnlyDictionary<string, string> values,
        IReadOnlyList<FormField> visible,
        AmountRule? amountRule,
        IReadOnlyDictionary<string, AmountRule?> childAmountRules,
        List<ApplicationProblem> problems)
    {
        if (RequestedAmount(visible, values) is not { Amount: { } requested } source)
        {
            return;
        }
        var facts = DeclaredFacts(visible, values);
        var chosenChildren = visible.Where(f => f.SelectsCategory)
            .SelectMany(f => Answers(values, f.Key))
            .Where(childAmountRules.ContainsKey)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var rules = chosenChildren.Count == 0
            ? [amountRule]
            : chosenChildren.Select(c => childAmountRules[c] ?? amountRule).ToList();
        if (rules.Any(r => r is null || r.Kind == AmountRuleKind.NotPublished))
        {
            if (requested <= 0)
            {
                problems.Add(ApplicationProblem.Error(source.Key, $"“{source.Label}”必须大于零"));
            }
            return;
        }
        if (requested <= 0)
        {
            problems.Add(ApplicationProblem.Error(source.Key, $"“{source.Label}”必须大于零"));
            return;
        }
        if (rules.Count == 1)
        {
            var rule = rules[0]!;
            if (rule.Allows(requested, facts))
            {
                return;
            }
            problems.Add(ApplicationProblem.Error(source.Key, rule.Kind switch
            {
                AmountRuleKind.Fixed => $"“{source.Label}”为 {Yuan(requested)} 元，本类别固定资助 {Yuan(rule.AmountFor(facts) ?? 0)} 元",
                AmountRuleKind.Conditional => $"“{source.Label}”为 {Yuan(requested)} 元，按所声明的情况（{FactLabels(rule, facts)}）应为 {Yuan(rule.AmountFor(facts) ?? 0)} 元",
                _ => $"“{source.Label}”为 {Yuan(requested)} 元，应在 {Yuan(rule.Min ?? 0)} 至 {Yuan(rule.Max ?? 0)} 元之间",
            }));
            return;
        }
        // Several sub-categories chosen together (可叠加申报): the amounts add up.
        var low = rules.Sum(r => r!.Kind == AmountRuleKind.Range ? r.Min ?? 0 : r.AmountFor(facts) ?? 0);
        var high = rules.Sum(r => r!.Kind == AmountRuleKind.Range ? r.Max ?? 0 : r.AmountFor(facts) ?? 0);
        if (requested < low || requested > high)
        {
            problems.Add(ApplicationProblem.Error(source.Key, low == high
                ? $"“{source.Label}”为 {Yuan(requested)} 元，所选各子项合计应为 {Yuan(low)} 元"
                : $"“{source.Label}”为 {Yuan(requested)} 元，所选各子项合计应在 {Yuan(low)} 至 {Yuan(high)} 元之间"));
        }
    }

    private static string FactLabels(AmountRule rule, IReadOnlySet<string> facts)
    {
        var declared = rule.Options.Where(o => facts.Contains(o.Fact)).Select(o => o.Label).ToList();
        return declared.Count == 0 ? "未声明任何条件" : string.Join("；", declared);
    }

    private static void CheckBudgetWarnings(IReadOnlyList<FormField> visible, IReadOnlyDictionary<string, string> values, List<ApplicationProblem> problems)
    {
        var requestedField = visible.FirstOrDefault(f => f.Key == FormKeys.RequestedAmount && f.Type is FieldType.Money or FieldType.Number);
        var requested = requestedField is null ? null : ValueOf(values, requestedField.Key) is { } text ? ParseDecimal(text) : null;
        foreach (var table in visible.Where(f => f.Type == FieldType.Table))
        {
            var rows = TableRows(table, values);
            if (rows.Count == 0)
            {
                continue;
            }
            if (requested is { } asked)
            {
                var column = table.Columns.FirstOrDefault(c => c.Key == FormKeys.RequestedAmount)
                    ?? table.Columns.FirstOrDefault(c => c.Total && c.Type == FieldType.Money && !IsMatching(c));
                if (column is not null && ColumnTotal(table, column, values) is { } total && total != asked)
                {
                    problems.Add(ApplicationProblem.Warning(table.Key,
                        $"“{table.Label}”的{column.Label}合计 {Yuan(total)} 元，与“{requestedField!.Label}” {Yuan(asked)} 元不一致"));
                }
            }
            foreach (var matching in table.Columns.Where(IsMatching))
            {
                if (rows.All(r => ValueOf(values, $"{table.Key}.{r}.{matching.Key}") is null))
                {
                    problems.Add(ApplicationProblem.Warning(table.Key, $"“{table.Label}”未填写{matching.Label}，如有配套经费请填写"));
                }
            }
        }
    }

    private static bool IsMatching(TableColumn column) =>
        column.Key.Contains(MatchingKeyword, StringComparison.OrdinalIgnoreCase) || column.Label.Contains(MatchingLabel, StringComparison.Ordinal);
}
