using System.Globalization;
using System.Text.Json;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Organizations;
using GrantPortal.Domain.Tenancy;

namespace GrantPortal.Infrastructure.Calls;

/// <summary>
/// Turns a call-definition file into a <see cref="GrantCall"/>, or lists every problem by its path in the file.
/// Nothing is built while any error remains: the shape is checked first, then the domain invariants.
/// </summary>
public static class CallDefinitionImporter
{
    public sealed record Result(GrantCall? Call, IReadOnlyList<DefinitionError> Errors)
    {
        public bool Succeeded => Call is not null && Errors.Count == 0;
    }

    public static (CallDefinitionFile? File, IReadOnlyList<DefinitionError> Errors) Parse(string json)
    {
        try
        {
            var file = JsonSerializer.Deserialize<CallDefinitionFile>(json, CallDefinitionFile.JsonOptions);
            return file is null
                ? (null, [new DefinitionError("$", "文件为空")])
                : (file, []);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? $"（第 {l + 1} 行）" : "";
            return (null, [new DefinitionError(e.Path ?? "$", $"JSON 格式错误{line}：{e.Message}")]);
        }
    }

    public static Result Import(string json, Association association, DateTimeOffset now, bool publish = true)
    {
        var (file, errors) = Parse(json);
        return file is null ? new Result(null, errors) : Import(file, association, now, publish);
    }

    public static Result Import(CallDefinitionFile file, Association association, DateTimeOffset now, bool publish = true)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(association);
        var reader = new Reader();
        var call = reader.Read(file, association, now);
        if (reader.Errors.Count > 0 || call is null)
        {
            return new Result(null, reader.Errors);
        }
        var violations = CallInvariants.Check(call);
        if (violations.Count > 0)
        {
            return new Result(null, violations.Select(v => new DefinitionError(
                v.NodeCode is not null && reader.NodePaths.TryGetValue(v.NodeCode, out var path) ? path : "$", v.ToString())).ToList());
        }
        if (publish)
        {
            call.Publish(now);
        }
        return new Result(call, []);
    }

    private sealed class Reader
    {
        public List<DefinitionError> Errors { get; } = [];
        public Dictionary<string, string> NodePaths { get; } = new(StringComparer.Ordinal);

        private void Fail(string path, string message) => Errors.Add(new DefinitionError(path, message));

        public GrantCall? Read(CallDefinitionFile file, Association association, DateTimeOffset now)
        {
            if (file.Format != CallDefinitionFile.CurrentFormat) { Fail("$.format", $"不支持的格式“{file.Format}”，应为“{CallDefinitionFile.CurrentFormat}”"); }
            if (!string.Equals(file.Tenant, association.Identifier, StringComparison.Ordinal)) { Fail("$.tenant", $"文件属于“{file.Tenant}”，不能导入到“{association.Identifier}”"); }
            if (file.Year is < 2000 or > 2100) { Fail("$.year", $"年度 {file.Year} 不合理"); }
            if (string.IsNullOrWhiteSpace(file.Title)) { Fail("$.title", "缺少通知标题"); }
            if (file.Title.Length > 200) { Fail("$.title", "通知标题超过 200 字"); }
            var issuedOn = ParseDate(file.IssuedOn, "$.issuedOn");
            var opensAt = ParseMoment(file.OpensAt, "$.opensAt", out _);
            var deadline = ParseMoment(file.SubmissionDeadline, "$.submissionDeadline", out var endOfDay);
            var completion = Deadline(file.CompletionDeadline, "$.completionDeadline");
            var acceptance = Deadline(file.AcceptanceDeadline, "$.acceptanceDeadline");
            if (file.ProjectPeriodMonths is < 1) { Fail("$.projectPeriodMonths", "项目周期必须至少 1 个月"); }
            var tranches = file.Disbursement?.Select((t, i) => new TrancheRule(t.Percent, ParseEnum<DisbursementMilestone>(t.Milestone, $"$.disbursement[{i}].milestone"))).ToList() ?? [];
            var review = file.Review is null ? new ReviewSettings() : new ReviewSettings
            {
                Stages = file.Review.Stages.Select((s, i) => ParseEnum<ReviewStage>(s, $"$.review.stages[{i}]")).ToList(),
                ExpertRoles = file.Review.ExpertRoles.Select((s, i) => ParseEnum<ExpertRole>(s, $"$.review.expertRoles[{i}]")).ToList(),
                PublicNoticeWorkingDays = file.Review.PublicNoticeWorkingDays,
            };
            var eligibility = Eligibility(file.Eligibility, "$.eligibility") ?? Domain.Calls.Eligibility.Anyone;
            var spending = Spending(file.SpendingRules, "$.spendingRules") ?? new SpendingRules();
            var debarments = file.Debarments.Select((d, i) =>
            {
                if (d.Years < 1) { Fail($"$.debarments[{i}].years", "取消资格年限必须至少 1 年"); }
                return new DebarmentRule(ParseEnum<DebarmentReason>(d.Reason, $"$.debarments[{i}].reason"), d.Years, d.Note);
            }).ToList();
            var contacts = file.Contacts.Select((c, i) => Contact(c, $"$.contacts[{i}]")!).ToList();
            var submission = file.Submission is null ? new SubmissionRequirements() : new SubmissionRequirements
            {
                PaperCopies = file.Submission.PaperCopies,
                RequiresSealedScan = file.Submission.RequiresSealedScan,
                Materials = file.Submission.Materials,
                Address = file.Submission.Address,
            };
            if (file.Categories.Count == 0) { Fail("$.categories", "至少需要一个项目类别"); }
            if (Errors.Count > 0)
            {
                // Still read the categories (into a scratch call) so that one run lists every problem in the file.
                var scratch = new GrantCall(association.Id, 2000, "-", now);
                for (var i = 0; i < file.Categories.Count; i++)
                {
                    AddNode(scratch, null, file.Categories[i], $"$.categories[{i}]", now);
                }
                return null;
            }

            var call = new GrantCall(association.Id, file.Year, file.Title, now);
            call.DescribeNotice(file.DocumentNumber, file.IssuedBy, issuedOn, file.NoticeText);
            call.Schedule(opensAt, deadline, endOfDay, completion, acceptance, file.ProjectPeriodMonths);
            call.SetRules(file.ApplicationLimitPerOrganization, submission, tranches, review, eligibility, spending, debarments, contacts, file.Notes);
            for (var i = 0; i < file.Categories.Count; i++)
            {
                AddNode(call, null, file.Categories[i], $"$.categories[{i}]", now);
            }
            return Errors.Count > 0 ? null : call;
        }

        private void AddNode(GrantCall call, GrantCategory? parent, CategoryDefinition node, string path, DateTimeOffset now)
        {
            var known = Errors.Count;
            if (string.IsNullOrWhiteSpace(node.Code)) { Fail($"{path}.code", "缺少类别编号"); }
            else if (node.Code.Length > 40) { Fail($"{path}.code", "类别编号超过 40 个字符"); }
            else if (!NodePaths.TryAdd(node.Code, path)) { Fail($"{path}.code", $"类别编号 {node.Code} 重复"); }
            if (string.IsNullOrWhiteSpace(node.Name)) { Fail($"{path}.name", "缺少类别名称"); }
            if (Errors.Count > known)
            {
                return;
            }
            var category = call.AddCategory(parent, node.Code, node.Name);
            category.Describe(node.Description, node.Requirements, node.Indicators, node.Notes);
            category.SetFunding(node.BudgetCap, Quota(node.Quota, $"{path}.quota"), Amount(node.Amount, $"{path}.amount"), node.ChildrenCombinable);
            category.SetRules(
                Eligibility(node.Eligibility, $"{path}.eligibility"),
                Spending(node.SpendingRules, $"{path}.spendingRules"),
                Contact(node.Contact, $"{path}.contact"),
                Deadline(node.CompletionDeadline, $"{path}.completionDeadline"),
                Deadline(node.AcceptanceDeadline, $"{path}.acceptanceDeadline"),
                node.AcceptanceMaterials.Select((m, i) => Material(m, $"{path}.acceptanceMaterials[{i}]")).ToList());
            if (node.Form is not null)
            {
                category.AddFormVersion(node.Form, now);
            }
            for (var i = 0; i < node.Children.Count; i++)
            {
                AddNode(call, category, node.Children[i], $"{path}.children[{i}]", now);
            }
        }

        private Quota Quota(QuotaDefinition? quota, string path)
        {
            if (quota is null)
            {
                return Domain.Calls.Quota.None;
            }
            if (quota.Exact is { } exact)
            {
                if (quota.Min is not null || quota.Max is not null) { Fail(path, "项目数量只能写 exact，或 min/max，不能同时写"); }
                if (exact < 1) { Fail($"{path}.exact", "项目数量必须至少为 1"); }
                return Domain.Calls.Quota.Exact(exact);
            }
            if (quota.Min is null && quota.Max is null) { Fail(path, "项目数量需要 exact，或 min/max"); }
            if (quota.Min > quota.Max) { Fail(path, $"项目数量下限 {quota.Min} 大于上限 {quota.Max}"); }
            return new Quota(quota.Min, quota.Max);
        }

        private AmountRule? Amount(AmountRuleDefinition? amount, string path)
        {
            if (amount is null)
            {
                return null;
            }
            switch (amount.Kind)
            {
                case AmountRuleKindDefinition.Fixed:
                    if (amount.Amount is not > 0) { Fail($"{path}.amount", "固定额度需要一个大于零的 amount"); return null; }
                    return AmountRule.Fixed(amount.Amount.Value, amount.Note);
                case AmountRuleKindDefinition.Range:
                    if (amount.Min is not > 0 || amount.Max is not > 0) { Fail(path, "额度区间需要大于零的 min 和 max"); return null; }
                    if (amount.Min > amount.Max) { Fail(path, $"额度区间下限 {amount.Min} 大于上限 {amount.Max}"); return null; }
                    return AmountRule.Range(amount.Min.Value, amount.Max.Value, amount.Note);
                case AmountRuleKindDefinition.Conditional:
                    if (amount.Options.Count == 0) { Fail($"{path}.options", "按条件确定的额度至少需要一个条件"); return null; }
                    if (amount.Otherwise is null) { Fail($"{path}.otherwise", "需要写明其他情形的额度（otherwise）"); return null; }
                    return AmountRule.Conditional(amount.Options.Select(o => new AmountOption(o.Fact, o.Label, o.Amount)).ToList(), amount.Otherwise.Value, amount.Note);
                case AmountRuleKindDefinition.NotPublished:
                    return AmountRule.NotPublished with { Note = amount.Note };
                default:
                    Fail($"{path}.kind", $"未知的额度规则“{amount.Kind}”");
                    return null;
            }
        }

        private Eligibility? Eligibility(EligibilityDefinition? eligibility, string path)
        {
            if (eligibility is null)
            {
                return null;
            }
            return new Eligibility
            {
                ApplicantTypes = eligibility.ApplicantTypes.Select((t, i) => ParseEnum<ApplicantType>(t, $"{path}.applicantTypes[{i}]")).ToList(),
                Requirements = eligibility.Requirements.Select((r, i) =>
                {
                    if (r.AnyOf.Count == 0) { Fail($"{path}.requirements[{i}].anyOf", "条件不能为空"); }
                    return new EligibilityRequirement(r.AnyOf.Select((c, j) => new EligibilityCondition(
                        ParseEnum<EligibilityFact>(c.Fact, $"{path}.requirements[{i}].anyOf[{j}].fact"), c.Label, c.Value, c.Year)).ToList());
                }).ToList(),
            };
        }

        private SpendingRules? Spending(SpendingRulesDefinition? rules, string path) => rules is null ? null : new SpendingRules
        {
            MaxTravelPercent = rules.MaxTravelPercent,
            Prohibited = rules.Prohibited.Select((p, i) => ParseEnum<ProhibitedSpending>(p, $"{path}.prohibited[{i}]")).ToList(),
            Notes = rules.Notes,
        };

        private ContactPerson? Contact(ContactDefinition? contact, string path)
        {
            if (contact is null)
            {
                return null;
            }
            if (string.IsNullOrWhiteSpace(contact.Name)) { Fail($"{path}.name", "联系人缺少姓名"); }
            return new ContactPerson { Role = contact.Role, Name = contact.Name, Phones = contact.Phones, Email = contact.Email, Address = contact.Address };
        }

        private AcceptanceMaterial Material(AcceptanceMaterialDefinition material, string path)
        {
            if (string.IsNullOrWhiteSpace(material.Name)) { Fail($"{path}.name", "验收材料缺少名称"); }
            return new AcceptanceMaterial
            {
                Name = material.Name,
                Kind = ParseEnum<AcceptanceMaterialKind>(material.Kind, $"{path}.kind"),
                MinCharacters = material.MinCharacters,
                MinCount = material.MinCount,
                MaxFiles = material.MaxFiles,
                Due = Deadline(material.Due, $"{path}.due"),
                Note = material.Note,
            };
        }

        private DeadlineRule? Deadline(DeadlineRuleDefinition? rule, string path)
        {
            if (rule is null)
            {
                return null;
            }
            var result = new DeadlineRule
            {
                Date = ParseDate(rule.Date, $"{path}.date"),
                WorkingDaysAfter = rule.WorkingDaysAfter,
                MonthsAfter = rule.MonthsAfter,
                Event = rule.Event is null ? null : ParseEnum<DeadlineEvent>(rule.Event, $"{path}.event"),
                Label = rule.Label,
            };
            if (!result.IsWellFormed) { Fail(path, "时限必须是 date，或 workingDaysAfter / monthsAfter 加 event，三者只能选一"); }
            return result;
        }

        private DateOnly? ParseDate(string? value, string path)
        {
            if (value is null)
            {
                return null;
            }
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
            Fail(path, $"日期“{value}”应写作 YYYY-MM-DD");
            return null;
        }

        /// <summary>"YYYY-MM-DD" (through the end of that Beijing day) or "YYYY-MM-DDTHH:mm" (Beijing time).</summary>
        private DateTimeOffset? ParseMoment(string? value, string path, out bool endOfDay)
        {
            endOfDay = false;
            if (value is null)
            {
                return null;
            }
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                endOfDay = true;
                return BeijingTime.StartOf(date.AddDays(1));
            }
            if (DateTime.TryParseExact(value, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                return BeijingTime.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
            }
            Fail(path, $"时间“{value}”应写作 YYYY-MM-DD 或 YYYY-MM-DDTHH:mm（北京时间）");
            return null;
        }

        private T ParseEnum<T>(string value, string path)
            where T : struct, Enum
        {
            if (Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
            {
                return parsed;
            }
            Fail(path, $"“{value}”不是允许的取值（{string.Join(" / ", Enum.GetNames<T>())}）");
            return default;
        }
    }
}
