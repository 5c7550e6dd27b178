using Microsoft.Extensions.Configuration;

namespace GrantPortal.Infrastructure.Files;

/// <summary>
/// How the directory store is swept (<see cref="DirectoryFileSweeper"/>): every <see cref="Interval"/>, files older than
/// <see cref="Grace"/>. Configured as <c>Files:Sweep:IntervalMinutes</c> and <c>Files:Sweep:GraceMinutes</c> (both 60
/// by default).
/// </summary>
public sealed record FileSweepOptions(TimeSpan Interval, TimeSpan Grace)
{
    /// <summary>
    /// The shortest grace allowed: an upload writes its file before its row, and a slow request (a large scan on a busy
    /// deadline day) must never find its file swept away before the row is saved.
    /// </summary>
    public static readonly TimeSpan MinimumGrace = TimeSpan.FromMinutes(5);

    public static FileSweepOptions Default { get; } = new(TimeSpan.FromHours(1), TimeSpan.FromHours(1));

    public static FileSweepOptions From(IConfiguration files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var interval = TimeSpan.FromMinutes(files.GetValue("Sweep:IntervalMinutes", Default.Interval.TotalMinutes));
        var grace = TimeSpan.FromMinutes(files.GetValue("Sweep:GraceMinutes", Default.Grace.TotalMinutes));
        if (interval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Files:Sweep:IntervalMinutes must be positive.");
        }
        if (grace < MinimumGrace)
        {
            throw new InvalidOperationException($"Files:Sweep:GraceMinutes must be at least {MinimumGrace.TotalMinutes} (uploads in flight would be swept).");
        }
        return new FileSweepOptions(interval, grace);
    }
}
