using System.Globalization;
using System.Text.Json;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Tenancy;

namespace GrantPortal.Infrastructure.Calls;

/// <summary>Writes a call back as its definition file; importing the result gives the same call.</summary>
public static class CallDefinitionExporter
{
    public static string ToJson(GrantCall call, Association association) =>
        JsonSerializer.Serialize(Export(call, association), CallDefinitionFile.JsonOptions);

    public static CallDefinitionFile Export(GrantCall call, Association association)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(association);
        return new CallDefinitionFile
        {
            Tenant = association.Identifier,
            Year = call.Year,
            Title = call.Title,
            DocumentNumber = call.DocumentNumber,
            IssuedBy = call.IssuedBy,
            IssuedOn = Date(call.IssuedOn),
            NoticeText = call.NoticeText,
            OpensAt = call.OpensAt is { } opens ? Minute(opens) : null,
            SubmissionDeadline = call.SubmissionDeadline is { } deadline
                ? call.SubmissionDeadlineIsEndOfDay ? Date(BeijingTime.DayEndingAt(deadline)) : Minute(deadline)
                : null,
            CompletionDeadline = Deadline(call.CompletionDeadline),
            AcceptanceDeadline = Deadline(call.AcceptanceDeadline),
            ProjectPeriodMonths = call.ProjectPeriodMonths,
            ApplicationLimitPerOrganization = call.ApplicationLimitPerOrganization,
            Submission = new SubmissionDefinition
            {
                PaperCopies = call.Submission.PaperCopies,
                RequiresSealedScan = call.Submission.RequiresSealedScan,
                Materials = call.Submission.Materials,
                Address = call.Submission.Address,
            },
            Disbursement = call.Disbursement.Count == 0 ? null : call.Disbursement.Select(t => new TrancheDefinition { Percent = t.Percent, Milestone = t.Milestone.ToString() }).ToList(),
            Review = new ReviewDefinition
            {
                Stages = call.Review.Stages.Select(s => s.ToString()).ToList(),
                ExpertRoles = call.Review.ExpertRoles.Select(r => r.ToString()).ToList(),
                PublicNoticeWorkingDays = call.Review.PublicNoticeWorkingDays,
            },
            Eligibility = Eligibility(call.Eligibility),
            SpendingRules = Spending(call.SpendingRules),
            Debarments = call.Debarments.Select(d => new DebarmentRuleDefinition { Reason = d.Reason.ToString(), Years = d.Years, Note = d.Note }).ToList(),
            Contacts = call.Contacts.Select(Contact).ToList()!,
            Notes = call.Notes,
            Categories = call.RootCategories.Select(Node).ToList(),
        };
    }

    private static CategoryDefinition Node(GrantCategory node) => new()
    {
        Code = node.Code,
        Name = node.Name,
        Description = node.Description,
        Requirements = node.Requirements,
        BudgetCap = node.BudgetCap,
        Quota = node.Quota switch
        {
            { IsNone: true } => null,
            { IsExact: true } q => new QuotaDefinition { Exact = q.Min },
            var q => new QuotaDefinition { Min = q.Min, Max = q.Max },
        },
        Amount = node.OwnAmountRule is { } rule ? Amount(rule) : null,
        Eligibility = node.Eligibility is { } e ? Eligibility(e) : null,
        Indicators = node.Indicators,
        AcceptanceMaterials = node.AcceptanceMaterials.Select(m => new AcceptanceMaterialDefinition
        {
            Name = m.Name, Kind = m.Kind.ToString(), MinCharacters = m.MinCharacters, MinCount = m.MinCount, MaxFiles = m.MaxFiles, Due = Deadline(m.Due), Note = m.Note,
        }).ToList(),
        CompletionDeadline = Deadline(node.CompletionDeadline),
        AcceptanceDeadline = Deadline(node.AcceptanceDeadline),
        SpendingRules = node.SpendingRules is { } s ? Spending(s) : null,
        Contact = Contact(node.Contact),
        ChildrenCombinable = node.ChildrenCombinable,
        Form = node.CurrentForm?.Schema,
        Notes = node.Notes,
        Children = node.Children.OrderBy(c => c.SortOrder).Select(Node).ToList(),
    };

    private static AmountRuleDefinition Amount(AmountRule rule) => rule.Kind switch
    {
        AmountRuleKind.Fixed => new() { Kind = AmountRuleKindDefinition.Fixed, Amount = rule.Min, Note = rule.Note },
        AmountRuleKind.Range => new() { Kind = AmountRuleKindDefinition.Range, Min = rule.Min, Max = rule.Max, Note = rule.Note },
        AmountRuleKind.Conditional => new()
        {
            Kind = AmountRuleKindDefinition.Conditional,
            Options = rule.Options.Select(o => new AmountOptionDefinition { Fact = o.Fact, Label = o.Label, Amount = o.Amount }).ToList(),
            Otherwise = rule.Otherwise,
            Note = rule.Note,
        },
        AmountRuleKind.NotPublished => new() { Kind = AmountRuleKindDefinition.NotPublished, Note = rule.Note },
        _ => throw new InvalidOperationException($"Unknown amount rule {rule.Kind}."),
    };

    private static EligibilityDefinition Eligibility(Eligibility eligibility) => new()
    {
        ApplicantTypes = eligibility.ApplicantTypes.Select(t => t.ToString()).ToList(),
        Requirements = eligibility.Requirements.Select(r => new RequirementDefinition
        {
            AnyOf = r.AnyOf.Select(c => new ConditionDefinition { Fact = c.Fact.ToString(), Label = c.Label, Value = c.Value, Year = c.Year }).ToList(),
        }).ToList(),
    };

    private static SpendingRulesDefinition Spending(SpendingRules rules) => new()
    {
        MaxTravelPercent = rules.MaxTravelPercent,
        Prohibited = rules.Prohibited.Select(p => p.ToString()).ToList(),
        Notes = rules.Notes,
    };

    private static ContactDefinition? Contact(ContactPerson? contact) => contact is null ? null : new()
    {
        Role = contact.Role, Name = contact.Name, Phones = contact.Phones, Email = contact.Email, Address = contact.Address,
    };

    private static DeadlineRuleDefinition? Deadline(DeadlineRule? rule) => rule is null ? null : new()
    {
        Date = Date(rule.Date), WorkingDaysAfter = rule.WorkingDaysAfter, MonthsAfter = rule.MonthsAfter, Event = rule.Event?.ToString(), Label = rule.Label,
    };

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Minute(DateTimeOffset instant) =>
        BeijingTime.ToBeijing(instant).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
