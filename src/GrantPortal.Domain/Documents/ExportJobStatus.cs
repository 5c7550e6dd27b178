namespace GrantPortal.Domain.Documents;

/// <summary>Where an export job is: waiting for a worker, being made, ready to download, or failed.</summary>
public enum ExportJobStatus
{
    Queued,
    Running,
    Done,
    Failed,
}
