using GrantPortal.Domain.FormalChecks;
using GrantPortal.Infrastructure.FormalChecks;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Staff.FormalChecks;

/// <summary>The list's checklist summaries: kept while the stamp holds, for at most their lifetime, never across a clock set back.</summary>
public sealed class ChecklistSummaryCacheTests
{
    private static readonly ChecklistStamp Stamp = new(3, null, false, null, null, null);
    private static readonly ChecklistSummary Clean = new(0, 0, 1);

    [Fact]
    public void TryGet_HoldsForTheSameStamp_NotForAnotherRevisionSimilarityOrScan()
    {
        var cache = new ChecklistSummaryCache(new TestClock());
        var id = Guid.NewGuid();
        cache.Set(id, Stamp, Clean);

        Assert.True(cache.TryGet(id, Stamp, out var summary));
        Assert.Equal(Clean, summary);
        Assert.False(cache.TryGet(id, Stamp with { Revision = 4 }, out _));
        Assert.False(cache.TryGet(id, Stamp with { SimilarToId = Guid.NewGuid() }, out _));
        Assert.False(cache.TryGet(id, Stamp with { ScanId = Guid.NewGuid() }, out _));
        Assert.False(cache.TryGet(Guid.NewGuid(), Stamp, out _));
    }

    [Fact]
    public void TryGet_EndsWithinTheLifetime_AndWhenTheClockGoesBack()
    {
        var clock = new TestClock();
        var start = clock.GetUtcNow();
        var cache = new ChecklistSummaryCache(clock);
        var id = Guid.NewGuid();
        cache.Set(id, Stamp, Clean);

        clock.Set(start + ChecklistSummaryCache.Lifetime / 2 - TimeSpan.FromSeconds(1));
        Assert.True(cache.TryGet(id, Stamp, out _));
        clock.Set(start + ChecklistSummaryCache.Lifetime);
        Assert.False(cache.TryGet(id, Stamp, out _));

        cache.Set(id, Stamp, Clean);
        clock.Set(start);
        Assert.False(cache.TryGet(id, Stamp, out _));
    }
}
