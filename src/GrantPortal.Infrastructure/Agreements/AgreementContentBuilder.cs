using System.Globalization;
using GrantPortal.Domain.Agreements;
using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Forms;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Agreements;

/// <summary>
/// The first content of a task agreement, from the award and its approved application: the project and applicant, the
/// amount and the award's tranche plan, the category's indicators (考核指标) followed by the targets the applicant wrote
/// (a table with 指标/目标 columns, or fields named 目标/指标/成果), the schedule (进度安排: a table or one step per line),
/// and the project period (the application's 计划开始/完成时间, else the category's completion deadline).
/// </summary>
public sealed class AgreementContentBuilder(PortalDbContext db)
{
    private const int MaxSummary = 3000;

    public async Task<AgreementContent> BuildAsync(Award award, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(award);
        var call = await db.Calls.AsNoTracking().Where(c => c.Id == award.CallId)
            .Select(c => new { c.Title, c.CompletionDeadline }).SingleAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().Where(c => c.CallId == award.CallId)
            .Select(c => new { c.Id, c.ParentId, c.Code, c.Name, c.Indicators, c.CompletionDeadline }).ToListAsync(cancellationToken);
        var category = categories.Single(c => c.Id == award.CategoryId);
        var deadline = category.CompletionDeadline;
        for (var parent = categories.SingleOrDefault(c => c.Id == category.ParentId); deadline is null && parent is not null;
             parent = categories.SingleOrDefault(c => c.Id == parent.ParentId))
        {
            deadline = parent.CompletionDeadline;
        }
        deadline ??= call.CompletionDeadline;

        var submission = await db.ApplicationSubmissions.AsNoTracking().Where(s => s.ApplicationId == award.ApplicationId)
            .OrderByDescending(s => s.Version).FirstOrDefaultAsync(cancellationToken);
        var values = submission?.Values ?? new Dictionary<string, string>();
        var schema = submission is null ? null
            : await db.Forms.AsNoTracking().Where(f => f.Id == submission.FormDefinitionId).Select(f => f.Schema).SingleAsync(cancellationToken);
        var fields = schema?.AllFields().ToList() ?? [];

        var indicators = category.Indicators.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => new AgreementIndicator(i.Trim())).ToList();
        indicators.AddRange(Targets(fields, values));
        var start = DateField(fields, values, "开始");
        var end = DateField(fields, values, "完成") ?? DateField(fields, values, "结束") ?? deadline?.Date;

        return new AgreementContent
        {
            CallTitle = call.Title,
            CategoryCode = category.Code,
            CategoryName = category.Name,
            ProjectTitle = award.ProjectTitle,
            OrganizationName = award.OrganizationName,
            ApplicationNumber = award.ApplicationNumber,
            Amount = award.Amount,
            PeriodStart = start,
            PeriodEnd = end,
            PeriodNote = end is null && deadline is not null ? Describe(deadline) : null,
            Summary = Summary(fields, values),
            Indicators = indicators,
            Schedule = Schedule(fields, values),
            Tranches = [.. award.Tranches.OrderBy(t => t.Number).Select(t => new AgreementTranche(t.Number, t.Milestone, t.Percent, t.Amount))],
        };
    }

    /// <summary>"签订任务书后 6 个月内" and the like, for a deadline that is not a date.</summary>
    public static string Describe(DeadlineRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!string.IsNullOrWhiteSpace(rule.Label))
        {
            return rule.Label.Trim();
        }
        if (rule.Date is { } date)
        {
            return date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        }
        var after = rule.Event switch
        {
            DeadlineEvent.Approval => "立项",
            DeadlineEvent.AgreementSigned => "签订任务书",
            DeadlineEvent.ActivityEnd => "活动结束",
            DeadlineEvent.ProjectEnd => "项目期满",
            _ => "",
        };
        return rule.WorkingDaysAfter is { } days
            ? string.Format(CultureInfo.InvariantCulture, "{0}后 {1} 个工作日内", after, days)
            : string.Format(CultureInfo.InvariantCulture, "{0}后 {1} 个月内", after, rule.MonthsAfter ?? 0);
    }

    private static bool Names(string label, params string[] words) => words.Any(w => label.Contains(w, StringComparison.Ordinal));

    private static DateOnly? DateField(List<FormField> fields, IReadOnlyDictionary<string, string> values, string word)
    {
        var field = fields.FirstOrDefault(f => f.Type == FieldType.Date && Names(f.Label, word) && Names(f.Label, "时间", "日期"));
        return field is not null && DateOnly.TryParseExact(values.GetValueOrDefault(field.Key), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;
    }

    private static string? Summary(List<FormField> fields, IReadOnlyDictionary<string, string> values)
    {
        var field = fields.FirstOrDefault(f => f.Type == FieldType.LongText && Names(f.Label, "项目内容", "主要内容", "项目简介", "实施方案"))
            ?? fields.FirstOrDefault(f => f.Type == FieldType.LongText && f.Key == "content");
        var text = field is null ? null : values.GetValueOrDefault(field.Key)?.Trim();
        return string.IsNullOrEmpty(text) ? null : text.Length > MaxSummary ? text[..MaxSummary] + "……" : text;
    }

    private static IEnumerable<AgreementIndicator> Targets(List<FormField> fields, IReadOnlyDictionary<string, string> values)
    {
        foreach (var field in fields)
        {
            if (field.Type == FieldType.Table)
            {
                var name = field.Columns.FirstOrDefault(c => Names(c.Label, "指标名称", "指标", "内容"));
                var target = field.Columns.FirstOrDefault(c => Names(c.Label, "目标", "指标值"));
                if (name is null || target is null || name == target || !Names(field.Label + string.Concat(field.Columns.Select(c => c.Label)), "指标", "目标"))
                {
                    continue;
                }
                var kind = field.Columns.FirstOrDefault(c => c != name && c != target && Names(c.Label, "类别", "类型"));
                foreach (var row in Rows(field, values))
                {
                    var text = row.GetValueOrDefault(name.Key)?.Trim();
                    if (string.IsNullOrEmpty(text))
                    {
                        continue;
                    }
                    var prefix = kind is not null && row.GetValueOrDefault(kind.Key) is { Length: > 0 } k ? k.Trim() + "：" : "";
                    yield return new AgreementIndicator(prefix + text, row.GetValueOrDefault(target.Key)?.Trim());
                }
            }
            else if (field.Type is FieldType.ShortText or FieldType.LongText && Names(field.Label, "目标", "考核指标", "预期成果")
                && values.GetValueOrDefault(field.Key) is { } value && !string.IsNullOrWhiteSpace(value))
            {
                yield return new AgreementIndicator(field.Label, value.Trim());
            }
        }
    }

    private static IReadOnlyList<AgreementMilestone> Schedule(List<FormField> fields, IReadOnlyDictionary<string, string> values)
    {
        var field = fields.FirstOrDefault(f => Names(f.Label, "进度安排", "进度计划", "实施进度", "时间安排"));
        if (field is null)
        {
            return [];
        }
        if (field.Type == FieldType.Table)
        {
            var when = field.Columns.FirstOrDefault(c => Names(c.Label, "时间", "日期", "阶段")) ?? (field.Columns.Count > 0 ? field.Columns[0] : null);
            return [.. Rows(field, values)
                .Select(row => new AgreementMilestone(
                    when is null ? "" : row.GetValueOrDefault(when.Key)?.Trim() ?? "",
                    string.Join("；", field.Columns.Where(c => c != when).Select(c => row.GetValueOrDefault(c.Key)?.Trim()).Where(v => !string.IsNullOrEmpty(v)))))
                .Where(m => m.Period.Length > 0 || m.Task.Length > 0)];
        }
        return ParseLines(values.GetValueOrDefault(field.Key));
    }

    /// <summary>One step per line; "时间：内容" (or "时间|内容") splits into when and what.</summary>
    public static IReadOnlyList<AgreementMilestone> ParseLines(string? text)
    {
        var steps = new List<AgreementMilestone>();
        foreach (var raw in (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }
            var split = line.IndexOfAny(['：', ':', '|', '｜']);
            steps.Add(split > 0 && split < 40 && split < line.Length - 1
                ? new AgreementMilestone(line[..split].Trim(), line[(split + 1)..].Trim())
                : new AgreementMilestone("", line));
        }
        return steps;
    }

    private static IEnumerable<Dictionary<string, string>> Rows(FormField field, IReadOnlyDictionary<string, string> values)
    {
        var prefix = field.Key + ".";
        return values.Where(v => v.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(v => (Parts: v.Key[prefix.Length..].Split('.', 2), v.Value))
            .Where(v => v.Parts.Length == 2 && int.TryParse(v.Parts[0], CultureInfo.InvariantCulture, out _))
            .GroupBy(v => int.Parse(v.Parts[0], CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key)
            .Select(g => g.ToDictionary(v => v.Parts[1], v => v.Value, StringComparer.Ordinal));
    }
}
