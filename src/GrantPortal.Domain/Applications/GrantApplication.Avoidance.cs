using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Reviews;

namespace GrantPortal.Domain.Applications;

public sealed partial class GrantApplication
{
    /// <summary>At most this many experts may be named to avoid.</summary>
    public const int MaxAvoidances = 3;

    /// <summary>申请回避的专家: the people the applicant asks not to review this application.</summary>
    public IReadOnlyList<AvoidanceRequest> Avoidances { get; private set; } = [];

    /// <summary>Replaces the list of experts to avoid, while the application is editable (at most <see cref="MaxAvoidances"/>, each with a name and a reason).</summary>
    public void RequestAvoidance(IReadOnlyList<AvoidanceRequest> requests, CallPhase phase)
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (!IsEditableIn(phase))
        {
            throw new DomainException("application.read_only", "The application can no longer be changed.");
        }
        var cleaned = requests
            .Where(r => !string.IsNullOrWhiteSpace(r.Name))
            .Select(r => new AvoidanceRequest(r.Name.Trim(), string.IsNullOrWhiteSpace(r.Organization) ? null : r.Organization.Trim(), r.Reason?.Trim() ?? ""))
            .ToList();
        if (cleaned.Count > MaxAvoidances)
        {
            throw new DomainException("application.too_many_avoidances", "At most three experts may be named.");
        }
        if (cleaned.Any(r => r.Reason.Length == 0))
        {
            throw new DomainException("application.reason_required", "A reason is required.");
        }
        Avoidances = cleaned;
    }
}
