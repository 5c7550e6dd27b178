namespace GrantPortal.Domain.Progress;

/// <summary>Who did a step: the user id (null for the system) and the name the history shows (the sign-in e-mail).</summary>
public sealed record ProgressActor(Guid? UserId, string Name);
