using Microsoft.AspNetCore.Identity;

namespace GrantPortal.Infrastructure.Identity;

/// <summary>A person who signs in. Global across associations; what they may do in each is a TenantMembership.</summary>
public sealed class PortalUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Issue 8 (accounts): the last RFC 6238 time step whose authenticator code was accepted; a code of this step or an
    /// earlier one is refused, so a code is good once. Null until the first code.
    /// </summary>
    public long? AuthenticatorLastStep { get; set; }

    /// <summary>A new person whose e-mail is also their sign-in name; <paramref name="emailConfirmed"/> when an admin vouches for it.</summary>
    public static PortalUser Create(string email, string displayName, DateTimeOffset now, bool emailConfirmed = false) => new()
    {
        Id = Guid.CreateVersion7(),
        UserName = email.Trim(),
        Email = email.Trim(),
        EmailConfirmed = emailConfirmed,
        DisplayName = displayName.Trim(),
        CreatedAt = now,
    };
}
