using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace GrantPortal.Bench.Load;

/// <summary>
/// What the process (app and load clients together) went through during the run: GC pauses and collections, bytes
/// allocated, the thread pool's peak threads and queue (a growing queue is starvation: requests wait for a thread, not
/// for the database), peak working set. Sampled every 250 ms.
/// </summary>
internal sealed class RuntimeSampler : IDisposable
{
    private readonly Timer _timer;
    private readonly TimeSpan _pauseAtStart = GC.GetTotalPauseDuration();
    private readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes();
    private readonly int[] _collectionsAtStart = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    private readonly TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly long _started = Stopwatch.GetTimestamp();
    private int _peakThreads;
    private long _peakQueue;
    private long _peakWorkingSet;

    public RuntimeSampler() => _timer = new Timer(_ => Sample(), null, 0, 250);

    private void Sample()
    {
        _peakThreads = Math.Max(_peakThreads, ThreadPool.ThreadCount);
        _peakQueue = Math.Max(_peakQueue, ThreadPool.PendingWorkItemCount);
        _peakWorkingSet = Math.Max(_peakWorkingSet, Environment.WorkingSet);
    }

    /// <summary>One line for the report.</summary>
    public string Summary()
    {
        Sample();
        var elapsed = Stopwatch.GetElapsedTime(_started);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        return string.Create(CultureInfo.InvariantCulture,
            $"Process (app and clients): CPU {cpu.TotalSeconds:0} s over {elapsed.TotalSeconds:0} s ({cpu / elapsed / Environment.ProcessorCount:P0} of {Environment.ProcessorCount} cores); " +
            $"GC {(GCSettings.IsServerGC ? "server" : "workstation")}, paused {(GC.GetTotalPauseDuration() - _pauseAtStart).TotalMilliseconds:0} ms in total " +
            $"(gen0 {GC.CollectionCount(0) - _collectionsAtStart[0]}, gen1 {GC.CollectionCount(1) - _collectionsAtStart[1]}, gen2 {GC.CollectionCount(2) - _collectionsAtStart[2]} collections; last pause {info.PauseDurations[0].TotalMilliseconds:0.0} ms), " +
            $"{(GC.GetTotalAllocatedBytes() - _allocatedAtStart) / 1024.0 / 1024 / 1024:0.0} GiB allocated; " +
            $"thread pool peak {_peakThreads} threads, {_peakQueue} queued; peak working set {_peakWorkingSet / 1024 / 1024} MiB. " +
            $"Settings: thread-pool spin limit {Setting("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit", "DOTNET_ThreadPool_UnfairSemaphoreSpinLimit")}, " +
            $"GC dynamic adaptation {Setting("System.GC.DynamicAdaptationMode", "DOTNET_GCDynamicAdaptationMode")}.");
    }

    /// <summary>A runtime setting as the process got it: the environment variable wins over runtimeconfig.json.</summary>
    private static string Setting(string name, string variable) =>
        Environment.GetEnvironmentVariable(variable) is { } fromEnvironment ? $"{fromEnvironment} ({variable})"
        : AppContext.GetData(name)?.ToString() ?? "default";

    public void Dispose() => _timer.Dispose();
}
