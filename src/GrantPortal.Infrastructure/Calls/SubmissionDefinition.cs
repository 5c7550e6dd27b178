namespace GrantPortal.Infrastructure.Calls;

public sealed record SubmissionDefinition
{
    /// <summary>纸质版份数.</summary>
    public int? PaperCopies { get; init; }
    /// <summary>The sealed paper form must be scanned and uploaded (Guangxi).</summary>
    public bool RequiresSealedScan { get; init; }
    /// <summary>Other materials to submit with the form (legal registration certificate copy …).</summary>
    public IReadOnlyList<string> Materials { get; init; } = [];
    public string? Address { get; init; }
}
