namespace GrantPortal.Infrastructure.Calls;

/// <summary>Who makes a change, as the audit log names them.</summary>
public sealed record CallEditAuthor(Guid? UserId, string Name);
