namespace GrantPortal.Domain.FormalChecks;

/// <summary>Who decided: the staff user's id and sign-in name as the record shows them.</summary>
public sealed record FormalCheckActor(Guid? UserId, string Name);
