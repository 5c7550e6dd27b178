using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Documents;

/// <summary>
/// 导出任务: a ZIP of sealed and signed application PDFs with a CSV index, requested by staff and made in the
/// background. A worker claims it (Queued → Running, with a heartbeat while it works), reports progress, and finishes it
/// with the archive (Done) or the error (Failed); a Running job whose heartbeat stopped is taken again from the start.
/// </summary>
public sealed class ExportJob : ITenantOwned
{
    /// <summary>How many times a job is started before it is given up as Failed.</summary>
    public const int MaxAttempts = 3;

    private ExportJob() { }

    public ExportJob(Guid tenantId, ExportScope scope, Guid scopeId, string scopeLabel, Guid? requestedBy, string requestedByName, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scopeLabel);
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        Scope = scope;
        ScopeId = scopeId;
        ScopeLabel = scopeLabel.Length > 300 ? scopeLabel[..300] : scopeLabel;
        RequestedBy = requestedBy;
        RequestedByName = requestedByName.Length > 200 ? requestedByName[..200] : requestedByName;
        RequestedAt = now;
        Status = ExportJobStatus.Queued;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public ExportScope Scope { get; private set; }
    /// <summary>The application, category or call exported.</summary>
    public Guid ScopeId { get; private set; }
    /// <summary>What the scope was called when requested (call title, category code and name, application number).</summary>
    public string ScopeLabel { get; private set; } = "";
    public Guid? RequestedBy { get; private set; }
    public string RequestedByName { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public ExportJobStatus Status { get; private set; }
    public int Done { get; private set; }
    public int Total { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    /// <summary>Renewed by the worker while it works; a Running job whose heartbeat is stale is taken again.</summary>
    public DateTimeOffset? HeartbeatAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    /// <summary>The <see cref="ExportArchive"/> made (Done).</summary>
    public Guid? ArchiveId { get; private set; }
    public string? Error { get; private set; }

    /// <summary>A worker starts (or restarts, after a worker died) the job from the beginning.</summary>
    public void Start(int total, DateTimeOffset now)
    {
        if (Status is ExportJobStatus.Done or ExportJobStatus.Failed)
        {
            throw new DomainException("export.finished", "The export has finished.");
        }
        Status = ExportJobStatus.Running;
        Total = total;
        Done = 0;
        StartedAt = now;
        HeartbeatAt = now;
        Error = null;
    }

    public void Progress(int done, DateTimeOffset now)
    {
        Done = Math.Clamp(done, 0, Total);
        HeartbeatAt = now;
    }

    public void Complete(Guid archiveId, DateTimeOffset now)
    {
        Status = ExportJobStatus.Done;
        Done = Total;
        ArchiveId = archiveId;
        FinishedAt = now;
        HeartbeatAt = now;
    }

    public void Fail(string error, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        Status = ExportJobStatus.Failed;
        Error = error.Length > 1000 ? error[..1000] : error;
        FinishedAt = now;
        HeartbeatAt = now;
    }

    /// <summary>Counted by the claim (in SQL); here for the in-memory model and tests.</summary>
    public void CountAttempt() => Attempts++;
}
