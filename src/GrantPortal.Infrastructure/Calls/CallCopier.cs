using System.Globalization;
using System.Text.RegularExpressions;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Forms;
using GrantPortal.Domain.Tenancy;

namespace GrantPortal.Infrastructure.Calls;

/// <summary>
/// 复制上年度通知: last year's call as a new draft for the next year: its structure, rules and current forms, every
/// date moved on by one year, the year in the title and the category codes (XXJL-2025-1 → XXJL-2026-1) moved on too.
/// The document number is cleared (a new notice gets a new one). No applications, no history, no form versions
/// beyond the current one.
/// </summary>
public static class CallCopier
{
    public static CallDefinitionImporter.Result ForNextYear(GrantCall source, Association association, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(source);
        var file = CallDefinitionExporter.Export(source, association);
        var from = source.Year;
        var to = from + 1;
        var copy = file with
        {
            Year = to,
            Title = ShiftYear(file.Title, from, to),
            DocumentNumber = null,
            IssuedOn = ShiftDate(file.IssuedOn),
            OpensAt = ShiftDate(file.OpensAt),
            SubmissionDeadline = ShiftDate(file.SubmissionDeadline),
            CompletionDeadline = Shift(file.CompletionDeadline),
            AcceptanceDeadline = Shift(file.AcceptanceDeadline),
            Categories = file.Categories.Select(c => Shift(c, from, to)).ToList(),
        };
        return CallDefinitionImporter.Import(copy, association, now, publish: false);
    }

    /// <summary>Replaces the year as a whole number ("2025年度" → "2026年度"; "XXJL-2025-1" → "XXJL-2026-1"), never inside a longer number.</summary>
    public static string ShiftYear(string text, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Regex.Replace(text, $@"(?<!\d){from}(?!\d)", to.ToString(CultureInfo.InvariantCulture), RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    private static CategoryDefinition Shift(CategoryDefinition node, int from, int to) => node with
    {
        Code = ShiftYear(node.Code, from, to),
        CompletionDeadline = Shift(node.CompletionDeadline),
        AcceptanceDeadline = Shift(node.AcceptanceDeadline),
        AcceptanceMaterials = node.AcceptanceMaterials.Select(m => m with { Due = Shift(m.Due) }).ToList(),
        Form = node.Form is null ? null : Shift(node.Form, from, to),
        Children = node.Children.Select(c => Shift(c, from, to)).ToList(),
    };

    /// <summary>A field that picks the sub-type names child codes, which moved on with the year.</summary>
    private static FormSchema Shift(FormSchema form, int from, int to) => form with
    {
        Sections = form.Sections.Select(s => s with
        {
            Fields = s.Fields.Select(f => f.SelectsCategory
                ? f with { Options = f.Options.Select(o => o with { Value = ShiftYear(o.Value, from, to) }).ToList() }
                : f).ToList(),
        }).ToList(),
    };

    private static DeadlineRuleDefinition? Shift(DeadlineRuleDefinition? rule) => rule is null ? null : rule with { Date = ShiftDate(rule.Date) };

    /// <summary>"2025-06-30" or "2025-06-30T18:00" one year on (29 February becomes 28 February).</summary>
    private static string? ShiftDate(string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return DateTime.TryParseExact(value, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            ? moment.AddYears(1).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)
            : value;
    }
}
