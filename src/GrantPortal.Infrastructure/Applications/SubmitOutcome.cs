using GrantPortal.Domain.Applications;

namespace GrantPortal.Infrastructure.Applications;

/// <summary>What became of a submission: the receipt (the submission version), or the reasons, in Chinese, why not.</summary>
public sealed record SubmitOutcome(SubmitStatus Status, GrantApplication? Application)
{
    public ApplicationSubmission? Submission { get; init; }
    public IReadOnlyList<string> Reasons { get; init; } = [];
}
