namespace GrantPortal.Infrastructure.FormalChecks;

/// <summary>One application of a bulk pass: passed, or skipped with the reason in Chinese.</summary>
public sealed record BulkPassItem(Guid ApplicationId, string? Number, string Title, string? SkippedBecause);
