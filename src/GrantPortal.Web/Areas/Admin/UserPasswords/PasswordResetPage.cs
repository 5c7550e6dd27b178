namespace GrantPortal.Web.Areas.Admin.UserPasswords;

/// <summary>The person whose password an admin resets, and whether this admin may (not when they hold roles in another association).</summary>
public sealed record PasswordResetPage(Guid MembershipId, Guid UserId, string Email, string DisplayName, bool ElsewhereToo);
