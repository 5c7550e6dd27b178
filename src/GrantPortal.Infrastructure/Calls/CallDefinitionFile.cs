using System.Text.Json;
using System.Text.Json.Serialization;

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
