namespace GrantPortal.Domain.Applications;

/// <summary>
/// One problem the check finds in an application, in Chinese naming the field. <see cref="FieldKey"/> is the value key
/// it concerns ("budget", "budget.0.item", "projectLead.name") so the page can link to its input; null for the whole form.
/// </summary>
public sealed record ApplicationProblem(string? FieldKey, ProblemSeverity Severity, string Message)
{
    public static ApplicationProblem Error(string? fieldKey, string message) => new(fieldKey, ProblemSeverity.Error, message);

    public static ApplicationProblem Warning(string? fieldKey, string message) => new(fieldKey, ProblemSeverity.Warning, message);
}
