namespace GrantPortal.Domain.Documents;

/// <summary>
/// A sealed scan's status now, with what explains it: the version the scan's code belongs to (null when unknown)
/// and the latest submitted version.
/// </summary>
public sealed record ScanVerdict(ScanMatchStatus Status, int? ScanVersion, int LatestVersion)
{
    /// <summary>Counts as the sealed paper copy of the latest version.</summary>
    public bool IsMatch => Status is ScanMatchStatus.Matches or ScanMatchStatus.ConfirmedByStaff;

    /// <summary>Flagged: never accepted without someone acting on it.</summary>
    public bool IsMismatch => Status is ScanMatchStatus.OlderVersion or ScanMatchStatus.UnknownCode or ScanMatchStatus.RejectedByStaff or ScanMatchStatus.Outdated;
}
