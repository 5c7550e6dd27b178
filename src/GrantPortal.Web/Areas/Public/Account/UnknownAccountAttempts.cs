using System.Collections.Concurrent;
using GrantPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GrantPortal.Web.Areas.Public.Account;

/// <summary>
/// Failed sign-ins for e-mail addresses without an account, counted and locked like real accounts (in this instance's
/// memory), so neither the messages nor the time a refusal takes tell whether an account exists.
/// </summary>
public sealed class UnknownAccountAttempts(TimeProvider time, IOptions<IdentityOptions> options)
{
    private const int MaxEntries = 20_000;
    private static readonly PortalUser Nobody = PortalUser.Create("nobody@invalid", "", DateTimeOffset.UnixEpoch);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly PasswordHasher<PortalUser> _hasher = new();
    private readonly Lazy<string> _dummyHash = new(() => new PasswordHasher<PortalUser>().HashPassword(Nobody, Guid.NewGuid().ToString()));

    private sealed record Entry(int Failures, DateTimeOffset? LockedUntil, DateTimeOffset LastSeen);

    /// <summary>How long this address stays refused, or null.</summary>
    public TimeSpan? LockoutRemaining(string email)
    {
        var now = time.GetUtcNow();
        return _entries.TryGetValue(Key(email), out var entry) && entry.LockedUntil > now ? entry.LockedUntil - now : null;
    }

    /// <summary>Spends the time checking a password takes, then counts the failure; true when it locks the address.</summary>
    public bool Failed(string email, string password)
    {
        _hasher.VerifyHashedPassword(Nobody, _dummyHash.Value, password);
        var now = time.GetUtcNow();
        var lockout = options.Value.Lockout;
        if (_entries.Count >= MaxEntries)
        {
            foreach (var stale in _entries.Where(e => e.Value.LastSeen < now - lockout.DefaultLockoutTimeSpan).Select(e => e.Key).ToList())
            {
                _entries.TryRemove(stale, out _);
            }
        }
        var updated = _entries.AddOrUpdate(
            Key(email),
            _ => Count(new Entry(0, null, now)),
            (_, entry) => entry.LockedUntil > now ? entry : Count(entry));
        return updated.LockedUntil > now;

        Entry Count(Entry entry) => entry.Failures + 1 >= lockout.MaxFailedAccessAttempts
            ? new Entry(0, now + lockout.DefaultLockoutTimeSpan, now)
            : new Entry(entry.Failures + 1, null, now);
    }

    private static string Key(string email) => email.Trim().ToUpperInvariant();
}
