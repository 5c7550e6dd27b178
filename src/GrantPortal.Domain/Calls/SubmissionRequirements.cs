namespace GrantPortal.Domain.Calls;

/// <summary>报送要求: paper copies, whether the sealed scan is uploaded, other materials, where to send them.</summary>
public sealed record SubmissionRequirements
{
    public int? PaperCopies { get; init; }
    public bool RequiresSealedScan { get; init; }
    public IReadOnlyList<string> Materials { get; init; } = [];
    public string? Address { get; init; }
}
