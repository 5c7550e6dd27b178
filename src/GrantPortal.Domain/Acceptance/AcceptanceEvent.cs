namespace GrantPortal.Domain.Acceptance;

/// <summary>One entry of an acceptance submission's history: who did what when, with the comment and (on submission) the days late.</summary>
public sealed record AcceptanceEvent(DateTimeOffset At, AcceptanceAction Action, Guid? UserId, string UserName, string? Comment, int? DaysLate = null);
