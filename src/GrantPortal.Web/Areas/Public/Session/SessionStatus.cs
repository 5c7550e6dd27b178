namespace GrantPortal.Web.Areas.Public.Session;

/// <summary>The JSON of /session: when the sign-in expires (null: not signed in, or expired) and the seconds left.</summary>
public sealed record SessionStatus(DateTimeOffset? ExpiresAt, long SecondsLeft);
