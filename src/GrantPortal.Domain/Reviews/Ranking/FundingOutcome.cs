namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>What the allocation proposes for one application.</summary>
public enum FundingOutcome
{
    /// <summary>拟资助.</summary>
    Funded,
    /// <summary>候补.</summary>
    Reserve,
    /// <summary>不予资助.</summary>
    NotFunded,
}
