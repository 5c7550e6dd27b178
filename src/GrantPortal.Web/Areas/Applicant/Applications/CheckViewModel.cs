using GrantPortal.Domain.Applications;
using GrantPortal.Web.Views.Shared.Forms;

namespace GrantPortal.Web.Areas.Applicant.Applications;

/// <summary>The check page: every problem of the saved answers, errors first.</summary>
public sealed record CheckViewModel(ApplicationContext Context, IReadOnlyList<ApplicationProblem> Problems, ApplicationFormModel Form, string Tenant)
{
    public string Url => $"/{Tenant}/my/applications/{Context.Application.Id}";

    public IEnumerable<ApplicationProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);

    public IEnumerable<ApplicationProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);

    /// <summary>The element a problem links to: its input, or its field's wrapper.</summary>
    public string Anchor(ApplicationProblem problem) => problem.FieldKey is { } key ? Form.Id(key) : "";
}
