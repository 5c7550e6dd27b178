namespace GrantPortal.Infrastructure.Reviews.Ranking;

/// <summary>How a change to the panel's decision ended.</summary>
public enum DecisionOutcomeStatus
{
    Saved,
    /// <summary>Refused by a rule (reason, amount rule, quota or cap, already confirmed).</summary>
    Refused,
    /// <summary>Someone else changed the decision since the page was opened.</summary>
    Conflict,
    NotFound,
}
