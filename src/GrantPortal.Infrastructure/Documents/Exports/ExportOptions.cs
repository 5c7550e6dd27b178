namespace GrantPortal.Infrastructure.Documents.Exports;

/// <summary>The export worker's settings (GrantPortal:Exports).</summary>
public sealed class ExportOptions
{
    /// <summary>How often the worker looks for queued jobs.</summary>
    public double IntervalSeconds { get; set; } = 1;
    /// <summary>A Running job whose heartbeat is older than this is taken as abandoned (its worker died) and restarted.</summary>
    public int StaleSeconds { get; set; } = 120;
}
