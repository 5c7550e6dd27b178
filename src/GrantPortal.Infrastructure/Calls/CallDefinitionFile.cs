using System.Text.Json;
using System.Text.Json.Serialization;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Infrastructure.Calls;

/// <summary>
/// 申报通知定义文件: the versioned JSON form of a yearly call (format "grantportal.call/1").
/// Everything a notice says is data here; where a notice is silent the value is null and
/// <see cref="Notes"/> says so. Dates and times are Beijing local time ("2023-04-28" or "2023-04-28T18:00").
/// Money is yuan as JSON numbers (exact decimals). See docs/call-definition-format.md.
/// </summary>
public sealed record CallDefinitionFile
{
    public const string CurrentFormat = "grantportal.call/1";

    public string Format { get; init; } = CurrentFormat;
    /// <summary>URL identifier of the association: xinjiang, guangxi, hunan, shanxi.</summary>
    public string Tenant { get; init; } = "";
    public int Year { get; init; }
    public string Title { get; init; } = "";
    public string? DocumentNumber { get; init; }
    public string? IssuedBy { get; init; }
    /// <summary>"YYYY-MM-DD", Beijing date the notice was issued; null when the notice carries no date.</summary>
    public string? IssuedOn { get; init; }
    /// <summary>The notice's text (full, as published).</summary>
    public string NoticeText { get; init; } = "";
    /// <summary>When applications open, Beijing time; null = from publication.</summary>
    public string? OpensAt { get; init; }
    /// <summary>"YYYY-MM-DD" = through the end of that day; "YYYY-MM-DDTHH:mm" = closes at that minute. Null = not stated.</summary>
    public string? SubmissionDeadline { get; init; }
    public DeadlineRuleDefinition? CompletionDeadline { get; init; }
    public DeadlineRuleDefinition? AcceptanceDeadline { get; init; }
    /// <summary>项目周期 in months where the notice gives one (Xinjiang: 6).</summary>
    public int? ProjectPeriodMonths { get; init; }
    public int? ApplicationLimitPerOrganization { get; init; }
    public SubmissionDefinition? Submission { get; init; }
    /// <summary>Tranches in order; null = the notice does not say how money is paid.</summary>
    public IReadOnlyList<TrancheDefinition>? Disbursement { get; init; }
    public ReviewDefinition? Review { get; init; }
    public EligibilityDefinition? Eligibility { get; init; }
    public SpendingRulesDefinition? SpendingRules { get; init; }
    public IReadOnlyList<DebarmentRuleDefinition> Debarments { get; init; } = [];
    public IReadOnlyList<ContactDefinition> Contacts { get; init; } = [];
    /// <summary>Free notes: where the notice is silent, ambiguous or self-contradictory, and what the file chose.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
    public IReadOnlyList<CategoryDefinition> Categories { get; init; } = [];

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}

/// <summary>项目类别 / 子类 / 级别: one node of the category tree, at any depth.</summary>
public sealed record CategoryDefinition
{
    /// <summary>Code as the notice gives it (XXJL-2025, 2023-3); where the notice numbers but does not code, its numbering ("2-1").</summary>
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>项目内容.</summary>
    public string? Description { get; init; }
    /// <summary>项目要求 / 基本任务, as text.</summary>
    public string? Requirements { get; init; }
    /// <summary>总额 in yuan; null = no cap of its own.</summary>
    public decimal? BudgetCap { get; init; }
    public QuotaDefinition? Quota { get; init; }
    /// <summary>Null = inherited from the parent (a child without its own rule).</summary>
    public AmountRuleDefinition? Amount { get; init; }
    /// <summary>Null = inherited from the parent or the call.</summary>
    public EligibilityDefinition? Eligibility { get; init; }
    public IReadOnlyList<string> Indicators { get; init; } = [];
    public IReadOnlyList<AcceptanceMaterialDefinition> AcceptanceMaterials { get; init; } = [];
    public DeadlineRuleDefinition? CompletionDeadline { get; init; }
    public DeadlineRuleDefinition? AcceptanceDeadline { get; init; }
    public SpendingRulesDefinition? SpendingRules { get; init; }
    public ContactDefinition? Contact { get; init; }
    /// <summary>Applicants may pick several children in one application and the amounts add up (Guangxi 2023-5: 可单独或叠加申报).</summary>
    public bool ChildrenCombinable { get; init; }
    /// <summary>The form applicants fill for this node; a node with a form is one applicants apply to (可申报项目).</summary>
    public FormSchema? Form { get; init; }
    public IReadOnlyList<string> Notes { get; init; } = [];
    public IReadOnlyList<CategoryDefinition> Children { get; init; } = [];
}

/// <summary>项目数量: {"exact": 10}, {"min": 30, "max": 40}; null = none set.</summary>
public sealed record QuotaDefinition
{
    public int? Exact { get; init; }
    public int? Min { get; init; }
    public int? Max { get; init; }
}

public enum AmountRuleKindDefinition { Fixed, Range, Conditional, NotPublished }

/// <summary>经费额度. Fixed: amount. Range: min, max. Conditional: options in priority order, the first whose fact
/// the applicant declares applies, else otherwise (not cumulative). NotPublished: set by review.</summary>
public sealed record AmountRuleDefinition
{
    public AmountRuleKindDefinition Kind { get; init; }
    public decimal? Amount { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public IReadOnlyList<AmountOptionDefinition> Options { get; init; } = [];
    public decimal? Otherwise { get; init; }
    public string? Note { get; init; }
}

public sealed record AmountOptionDefinition
{
    /// <summary>Key of a declared fact (a YesNo field in the form carries the same key in its "fact").</summary>
    public string Fact { get; init; } = "";
    public string Label { get; init; } = "";
    public decimal Amount { get; init; }
}

/// <summary>Who may apply: applicant types (any of) and requirements (all of; each one is satisfied by any of its conditions).</summary>
public sealed record EligibilityDefinition
{
    public IReadOnlyList<string> ApplicantTypes { get; init; } = [];
    public IReadOnlyList<RequirementDefinition> Requirements { get; init; } = [];
}

public sealed record RequirementDefinition
{
    public IReadOnlyList<ConditionDefinition> AnyOf { get; init; } = [];
}

/// <summary>A fact about the organisation: FirstClassSocietyCandidate, CapabilityRating (value "A", year),
/// AnnualReportFiled (year), NoUnfinishedEarlierProject, NotDebarred, SoundFinancialSystem, PilotCity, Other (text).</summary>
public sealed record ConditionDefinition
{
    public string Fact { get; init; } = "";
    public string? Value { get; init; }
    public int? Year { get; init; }
    public string Label { get; init; } = "";
}

/// <summary>Exactly one of: date ("YYYY-MM-DD"); workingDaysAfter + event; monthsAfter + event. Events: Approval,
/// AgreementSigned, ActivityEnd, ProjectEnd.</summary>
public sealed record DeadlineRuleDefinition
{
    public string? Date { get; init; }
    public int? WorkingDaysAfter { get; init; }
    public int? MonthsAfter { get; init; }
    public string? Event { get; init; }
    public string? Label { get; init; }
}

public sealed record SubmissionDefinition
{
    /// <summary>纸质版份数.</summary>
    public int? PaperCopies { get; init; }
    /// <summary>The sealed paper form must be scanned and uploaded (Guangxi).</summary>
    public bool RequiresSealedScan { get; init; }
    /// <summary>Other materials to submit with the form (legal registration certificate copy …).</summary>
    public IReadOnlyList<string> Materials { get; init; } = [];
    public string? Address { get; init; }
}

/// <summary>Milestones: OnApproval, AgreementSigned, MidTermEvaluation, Acceptance.</summary>
public sealed record TrancheDefinition
{
    public decimal Percent { get; init; }
    public string Milestone { get; init; } = "";
}

/// <summary>Stages: ComplianceCheck, ExpertReview, PublicNotice, TaskAgreement. Expert roles: Technical, Financial, Management.</summary>
public sealed record ReviewDefinition
{
    public IReadOnlyList<string> Stages { get; init; } = [];
    public IReadOnlyList<string> ExpertRoles { get; init; } = [];
    public int? PublicNoticeWorkingDays { get; init; }
}

/// <summary>Prohibited: AssetPurchase, ExternalInvestment, Donation, InternalLabourFees, Subcontracting, Misappropriation.</summary>
public sealed record SpendingRulesDefinition
{
    public decimal? MaxTravelPercent { get; init; }
    public IReadOnlyList<string> Prohibited { get; init; } = [];
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>Reasons: Falsification, NonCompletion, Subcontracting. Years: 1 = the next year.</summary>
public sealed record DebarmentRuleDefinition
{
    public string Reason { get; init; } = "";
    public int Years { get; init; }
    public string? Note { get; init; }
}

public sealed record ContactDefinition
{
    public string? Role { get; init; }
    public string Name { get; init; } = "";
    public IReadOnlyList<string> Phones { get; init; } = [];
    public string? Email { get; init; }
    public string? Address { get; init; }
}

/// <summary>Kinds: AcceptanceForm, Report, FinancialAudit, Photos, SignInSheet, News, Slides, Video, Notice, Agenda,
/// Proceedings, Certificate, Ledger, Other.</summary>
public sealed record AcceptanceMaterialDefinition
{
    public string Name { get; init; } = "";
    public string Kind { get; init; } = "Other";
    public int? MinCharacters { get; init; }
    public int? MinCount { get; init; }
    public int? MaxFiles { get; init; }
    public DeadlineRuleDefinition? Due { get; init; }
    public string? Note { get; init; }
}
