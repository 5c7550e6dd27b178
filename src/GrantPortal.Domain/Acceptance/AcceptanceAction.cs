namespace GrantPortal.Domain.Acceptance;

/// <summary>What happened to an acceptance submission (its history).</summary>
public enum AcceptanceAction
{
    Submitted,
    RevisionRequested,
    Accepted,
    Failed,
}
