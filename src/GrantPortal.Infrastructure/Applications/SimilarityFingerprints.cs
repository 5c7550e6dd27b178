using System.Collections.Concurrent;
using GrantPortal.Domain.Applications;

namespace GrantPortal.Infrastructure.Applications;

/// <summary>
/// The 查重 fingerprints (title, and title with the long answers) of applications, by id and revision: a submission
/// compares itself with every other one in the call, and on deadline day there are thousands, so each application's
/// text is loaded and split into bigrams once per revision rather than once per submission. Every save changes the
/// revision, so an entry is never stale; it is only a cache (each app instance has its own, and a miss is read from
/// the database).
/// </summary>
public sealed class SimilarityFingerprints
{
    /// <summary>Past this many entries the cache starts over (about 10 KB each).</summary>
    private const int Capacity = 50_000;

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    public sealed record Entry(int Revision, int[] Title, int[] Content);

    public bool TryGet(Guid applicationId, int revision, out Entry entry)
    {
        if (_entries.TryGetValue(applicationId, out var found) && found.Revision == revision)
        {
            entry = found;
            return true;
        }
        entry = null!;
        return false;
    }

    public Entry Add(Guid applicationId, int revision, string title, string content)
    {
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }
        var entry = new Entry(revision, ProjectSimilarity.Fingerprint(title), ProjectSimilarity.Fingerprint(content));
        _entries[applicationId] = entry;
        return entry;
    }
}
