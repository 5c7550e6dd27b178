using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrantPortal.Infrastructure.Identity;

/// <summary>
/// Identity's user manager with two changes: lockout reads the app's <see cref="TimeProvider"/> (Identity's own reads
/// the system clock), and two-factor recovery codes are stored as SHA-256 hashes, never in plain text.
/// </summary>
public sealed class PortalUserManager(
    IUserStore<PortalUser> store, IOptions<IdentityOptions> optionsAccessor, IPasswordHasher<PortalUser> passwordHasher,
    IEnumerable<IUserValidator<PortalUser>> userValidators, IEnumerable<IPasswordValidator<PortalUser>> passwordValidators,
    ILookupNormalizer keyNormalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<PortalUser>> logger,
    TimeProvider time)
    : UserManager<PortalUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    private const string RecoveryAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public override async Task<bool> IsLockedOutAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await GetLockoutEnabledAsync(user))
        {
            return false;
        }
        return await GetLockoutEndDateAsync(user) is { } end && end >= time.GetUtcNow();
    }

    /// <summary>The time the person has to wait, or null when not locked out.</summary>
    public async Task<TimeSpan?> LockoutRemainingAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await IsLockedOutAsync(user) && await GetLockoutEndDateAsync(user) is { } end ? end - time.GetUtcNow() : null;
    }

    public override async Task<IdentityResult> AccessFailedAsync(PortalUser user)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        var lockouts = (IUserLockoutStore<PortalUser>)Store;
        var count = await lockouts.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (count >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await lockouts.SetLockoutEndDateAsync(user, time.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken);
            await lockouts.ResetAccessFailedCountAsync(user, CancellationToken);
        }
        return await UpdateUserAsync(user);
    }

    public override async Task<IEnumerable<string>?> GenerateNewTwoFactorRecoveryCodesAsync(PortalUser user, int number)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        while (codes.Count < number)
        {
            var code = RandomNumberGenerator.GetString(RecoveryAlphabet, 10);
            codes.Add($"{code[..5]}-{code[5..]}");
        }
        var recoveryCodes = (IUserTwoFactorRecoveryCodeStore<PortalUser>)Store;
        await recoveryCodes.ReplaceCodesAsync(user, codes.Select(RecoveryCodeHash), CancellationToken);
        var updated = await UpdateAsync(user);
        return updated.Succeeded ? [.. codes] : null;
    }

    public override Task<IdentityResult> RedeemTwoFactorRecoveryCodeAsync(PortalUser user, string code) =>
        base.RedeemTwoFactorRecoveryCodeAsync(user, RecoveryCodeHash(code));

    /// <summary>The stored form of a recovery code as typed (case, spaces and dashes ignored).</summary>
    public static string RecoveryCodeHash(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var normalized = string.Concat(code.Where(char.IsLetterOrDigit)).ToUpperInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
