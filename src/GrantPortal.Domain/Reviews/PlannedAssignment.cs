namespace GrantPortal.Domain.Reviews;

/// <summary>One place the automatic assignment fills: this expert reviews this application; how many keywords matched.</summary>
public sealed record PlannedAssignment(Guid ApplicationId, Guid ExpertId, ExpertType Type, int KeywordMatches);
