using GrantPortal.Domain.Common;

namespace GrantPortal.Infrastructure.Reviews.Ranking;

/// <summary>What became of a change to the panel's decision: saved, refused (with the domain's reason), or stale.</summary>
public sealed record DecisionOutcome(DecisionOutcomeStatus Status, DomainException? Error = null)
{
    public static readonly DecisionOutcome Saved = new(DecisionOutcomeStatus.Saved);
    public static readonly DecisionOutcome NotFound = new(DecisionOutcomeStatus.NotFound);
}
