using GrantPortal.Infrastructure.Applications;

namespace GrantPortal.Web.Areas.Applicant.Submissions;

/// <summary>The checks a submission must pass besides the deadline, the number and the similarity check.</summary>
public sealed class SubmissionChecks
{
    public IReadOnlyList<ApplicationSubmitter.Check> All { get; } = [];
}
