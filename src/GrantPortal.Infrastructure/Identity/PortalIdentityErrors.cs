using Microsoft.AspNetCore.Identity;

namespace GrantPortal.Infrastructure.Identity;

/// <summary>Identity's messages plus those of the portal's own password rules; the web app translates them.</summary>
public class PortalIdentityErrors : IdentityErrorDescriber
{
    public virtual IdentityError PasswordTooLong(int length) => new() { Code = nameof(PasswordTooLong), Description = $"Passwords must not exceed {length} characters." };

    public virtual IdentityError PasswordTooCommon() => new() { Code = nameof(PasswordTooCommon), Description = "This password is among the most common ones." };

    public virtual IdentityError PasswordTooSimple() => new() { Code = nameof(PasswordTooSimple), Description = "This password is a repetition or a simple sequence." };

    public virtual IdentityError PasswordContainsContext() => new() { Code = nameof(PasswordContainsContext), Description = "This password contains your e-mail, your name or the association's name." };
}
