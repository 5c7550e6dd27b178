using System.Collections.Concurrent;
using GrantPortal.Domain.FormalChecks;

namespace GrantPortal.Infrastructure.FormalChecks;

/// <summary>
/// The checklist summaries the formal-check list shows, kept per application for about a minute (one instance per app
/// process). On deadline day the list covers thousands of applications; building every checklist at every look read
/// each application's answers and took 45 MB and a quarter of a second with 2,000 of them. An entry holds while its
/// <see cref="ChecklistStamp"/> (the application's revision, its latest sealed scan and that scan's confirmation) is
/// unchanged and it is younger than its lifetime (<see cref="Lifetime"/>, each entry a random part shorter so that
/// entries made together do not all expire together). What else a checklist reads (the organisation's standing, the
/// call's rules, whether uploads still exist) shows in the list within that lifetime; the application's own check page,
/// every decision and the bulk pass build the checklist afresh.
/// </summary>
public sealed class ChecklistSummaryCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>Beyond this many entries the expired ones are dropped.</summary>
    private const int PruneAbove = 50_000;

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    private sealed record Entry(ChecklistStamp Stamp, ChecklistSummary Summary, DateTimeOffset Made, DateTimeOffset Expires);

    public bool TryGet(Guid applicationId, ChecklistStamp stamp, out ChecklistSummary summary)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(applicationId, out var entry) && entry.Stamp == stamp && Fresh(entry, now))
        {
            summary = entry.Summary;
            return true;
        }
        summary = null!;
        return false;
    }

    public void Set(Guid applicationId, ChecklistStamp stamp, ChecklistSummary summary)
    {
        var now = time.GetUtcNow();
        _entries[applicationId] = new Entry(stamp, summary, now, now + Lifetime * (0.5 + Random.Shared.NextDouble() / 2));
        if (_entries.Count > PruneAbove)
        {
            foreach (var (id, entry) in _entries)
            {
                if (!Fresh(entry, now))
                {
                    _entries.TryRemove(id, out _);
                }
            }
        }
    }

    /// <summary>Younger than its lifetime; a clock set back before the entry was made (tests, a corrected clock) ends it too.</summary>
    private static bool Fresh(Entry entry, DateTimeOffset now) => now >= entry.Made && now < entry.Expires;
}

