using GrantPortal.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Identity;

/// <summary>
/// The authenticator-app second factor (RFC 6238, 30 s, ±1 step). Unlike Identity's own provider, a code is accepted
/// once: the accepted step is stored on the user and a code of that step or an earlier one is refused, atomically, so
/// two sign-ins racing with the same code cannot both pass.
/// </summary>
public sealed class TotpTokenProvider(PortalDbContext db, TimeProvider time) : IUserTwoFactorTokenProvider<PortalUser>
{
    public const string ProviderName = "GrantPortalTotp";

    /// <summary>Codes come from the person's app; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user) => Task.FromResult("");

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var code = Normalize(token);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (code is null || string.IsNullOrEmpty(key))
        {
            return false;
        }
        var step = Totp.MatchingStep(Base32.Decode(key), code, time.GetUtcNow());
        if (step is null)
        {
            return false;
        }
        var accepted = await db.Users
            .Where(u => u.Id == user.Id && (u.AuthenticatorLastStep == null || u.AuthenticatorLastStep < step))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AuthenticatorLastStep, step));
        if (accepted == 1)
        {
            // Keep the tracked user in step, so a later full update of the user does not write the old value back.
            user.AuthenticatorLastStep = step;
            var entry = db.Entry(user);
            if (entry.State != EntityState.Detached)
            {
                entry.Property(u => u.AuthenticatorLastStep).OriginalValue = step;
            }
        }
        return accepted == 1;
    }

    /// <summary>The six digits of a code as typed ("123 456", "123-456"), or null when it is not one.</summary>
    public static string? Normalize(string? token)
    {
        var code = new string((token ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        return code.Length == Totp.Digits && code.All(char.IsAsciiDigit) ? code : null;
    }
}
