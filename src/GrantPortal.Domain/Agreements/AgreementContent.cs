namespace GrantPortal.Domain.Agreements;

/// <summary>
/// What one version of a task agreement (任务书) says, frozen when the version is made: the project and applicant, the
/// amount, the project period, the indicators, the schedule, the tranche plan and the special terms staff add. Stored as
/// JSON; the verification code is computed over it, so any change gives a new code.
/// </summary>
public sealed record AgreementContent
{
    public string CallTitle { get; init; } = "";
    public string CategoryCode { get; init; } = "";
    public string CategoryName { get; init; } = "";
    public string ProjectTitle { get; init; } = "";
    public string OrganizationName { get; init; } = "";
    /// <summary>申报编号.</summary>
    public string ApplicationNumber { get; init; } = "";
    /// <summary>资助金额 in yuan; the tranches add up to it exactly.</summary>
    public decimal Amount { get; init; }
    /// <summary>项目执行期 start (Beijing date), when known.</summary>
    public DateOnly? PeriodStart { get; init; }
    /// <summary>完成期限: the last day of the project, when known.</summary>
    public DateOnly? PeriodEnd { get; init; }
    /// <summary>What the call says about the completion deadline when it is not a date (e.g. "签订任务书后 6 个月内").</summary>
    public string? PeriodNote { get; init; }
    /// <summary>项目内容: the summary of the project from the application.</summary>
    public string? Summary { get; init; }
    public IReadOnlyList<AgreementIndicator> Indicators { get; init; } = [];
    public IReadOnlyList<AgreementMilestone> Schedule { get; init; } = [];
    public IReadOnlyList<AgreementTranche> Tranches { get; init; } = [];
    /// <summary>特别约定 added by staff.</summary>
    public string SpecialTerms { get; init; } = "";
}
