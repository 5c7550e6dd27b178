namespace GrantPortal.Domain.Acceptance;

/// <summary>What the applicant handed in for one checklist line, and the staff's comment on it when they asked for a revision.</summary>
public sealed record AcceptanceItem
{
    public int Index { get; init; }
    public string? Text { get; init; }
    public IReadOnlyList<AcceptanceFile> Files { get; init; } = [];
    public IReadOnlyList<string> Links { get; init; } = [];
    /// <summary>修改意见 of the last revision request.</summary>
    public string? StaffComment { get; init; }
}
