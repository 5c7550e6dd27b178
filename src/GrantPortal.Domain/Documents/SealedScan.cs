using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Documents;

/// <summary>
/// 盖章扫描件: the scan (PDF or image) of the printed, sealed paper copy of a submitted application, uploaded by the
/// applicant. Keeps the code read from its QR code (and how), the code the applicant typed, and what staff decided;
/// the latest upload of an application is the one that counts. Its status is computed against the submissions
/// (<see cref="ScanMatch"/>), so a later submission shows it as outdated.
/// </summary>
public sealed class SealedScan : ITenantOwned
{
    private SealedScan() { }

    public SealedScan(GrantApplication application, Guid fileId, string? readCode, ScanReadMethod readMethod, string? typedCode, Guid? userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (application.Submissions.Count == 0)
        {
            throw new DomainException("scan.not_submitted", "Only a submitted application has a paper copy to scan.");
        }
        Id = Guid.CreateVersion7();
        TenantId = application.TenantId;
        ApplicationId = application.Id;
        OrganizationId = application.OrganizationId;
        FileId = fileId;
        UploadedAt = now;
        UploadedBy = userId;
        VersionAtUpload = application.Submissions.Max(s => s.Version);
        ReadCode = VerificationCode.Normalize(readCode);
        ReadMethod = ReadCode is null ? ScanReadMethod.NotRead : readMethod;
        TypedCode = VerificationCode.Normalize(typedCode);
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Guid OrganizationId { get; private set; }
    /// <summary>The <see cref="Files.StoredFile"/> holding the scan.</summary>
    public Guid FileId { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }
    public Guid? UploadedBy { get; private set; }
    /// <summary>The latest submitted version when the scan was uploaded.</summary>
    public int VersionAtUpload { get; private set; }
    /// <summary>The verification code read from the scan's QR code; null when none could be read.</summary>
    public string? ReadCode { get; private set; }
    public ScanReadMethod ReadMethod { get; private set; }
    /// <summary>The code the applicant typed from the paper, normalised; null when none.</summary>
    public string? TypedCode { get; private set; }
    /// <summary>Staff confirmed the scan against the image as the paper copy of <see cref="ConfirmedVersion"/>.</summary>
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public Guid? ConfirmedBy { get; private set; }
    public int? ConfirmedVersion { get; private set; }
    /// <summary>Staff marked the scan mismatched, with <see cref="RejectionReason"/>.</summary>
    public DateTimeOffset? RejectedAt { get; private set; }
    public Guid? RejectedBy { get; private set; }
    public string? RejectionReason { get; private set; }

    /// <summary>
    /// 确认一致: staff checked the image (the code printed on it) against the latest version. Allowed when the scan
    /// awaits staff (typed code of the latest version, or nothing readable), never over a code of another version.
    /// </summary>
    public void Confirm(IReadOnlyCollection<ApplicationSubmission> submissions, Guid? staffUserId, DateTimeOffset now)
    {
        var verdict = ScanMatch.Evaluate(this, submissions);
        if (verdict.Status is not (ScanMatchStatus.AwaitingStaff or ScanMatchStatus.Unreadable or ScanMatchStatus.RejectedByStaff)
            || (ReadCode ?? TypedCode) is { } code && submissions.FirstOrDefault(s => s.VerificationCode == code)?.Version != verdict.LatestVersion)
        {
            throw new DomainException("scan.cannot_confirm", "Only a scan awaiting staff, whose code (if any) is the latest version's, can be confirmed.");
        }
        ConfirmedAt = now;
        ConfirmedBy = staffUserId;
        ConfirmedVersion = verdict.LatestVersion;
        RejectedAt = null;
        RejectedBy = null;
        RejectionReason = null;
    }

    /// <summary>标记不一致: staff found the scan is not the sealed copy of the latest version (a missing seal, another document …).</summary>
    public void Reject(string reason, Guid? staffUserId, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("scan.reason_required", "A reason is required.");
        }
        RejectedAt = now;
        RejectedBy = staffUserId;
        RejectionReason = reason.Trim();
        ConfirmedAt = null;
        ConfirmedBy = null;
        ConfirmedVersion = null;
    }
}
