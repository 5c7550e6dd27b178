using GrantPortal.Domain.Applications;

namespace GrantPortal.Domain.Documents;

/// <summary>
/// 扫描件核对: compares a sealed scan with the application's submissions. The code read from the QR code counts first,
/// then the code the applicant typed; a code of the latest version matches (read: at once; typed only: once staff
/// confirm it against the image), an older version's code or an unknown one does not, and a submission made after the
/// scan was uploaded (or confirmed) makes it outdated: a mismatch is always shown, never silently accepted.
/// </summary>
public static class ScanMatch
{
    public static ScanVerdict Evaluate(SealedScan scan, IReadOnlyCollection<ApplicationSubmission> submissions)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(submissions);
        var latest = submissions.Count == 0 ? 0 : submissions.Max(s => s.Version);
        var code = scan.ReadCode ?? scan.TypedCode;
        int? version = code is null ? null : submissions.FirstOrDefault(s => s.VerificationCode == code)?.Version;
        if (scan.RejectedAt is not null)
        {
            return new ScanVerdict(ScanMatchStatus.RejectedByStaff, version, latest);
        }
        if (scan.ConfirmedAt is not null)
        {
            return scan.ConfirmedVersion == latest
                ? new ScanVerdict(ScanMatchStatus.ConfirmedByStaff, scan.ConfirmedVersion, latest)
                : new ScanVerdict(ScanMatchStatus.Outdated, scan.ConfirmedVersion, latest);
        }
        if (code is null)
        {
            return scan.VersionAtUpload < latest
                ? new ScanVerdict(ScanMatchStatus.Outdated, scan.VersionAtUpload, latest)
                : new ScanVerdict(ScanMatchStatus.Unreadable, null, latest);
        }
        if (version is null)
        {
            return new ScanVerdict(ScanMatchStatus.UnknownCode, null, latest);
        }
        if (version < latest)
        {
            // The code was the latest when uploaded, and the applicant submitted again since: outdated, not forged.
            return new ScanVerdict(version == scan.VersionAtUpload ? ScanMatchStatus.Outdated : ScanMatchStatus.OlderVersion, version, latest);
        }
        return new ScanVerdict(scan.ReadCode is not null ? ScanMatchStatus.Matches : ScanMatchStatus.AwaitingStaff, version, latest);
    }
}
