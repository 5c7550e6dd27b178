using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Agreements;

/// <summary>
/// One version of a task agreement: its content (frozen once issued), its verification code, and its way from draft to
/// countersigned: who made it (and why, for an amendment), when it was issued, the applicant's sealed scan, the
/// association's countersigned PDF. Earlier versions stay as they were.
/// </summary>
public sealed class AgreementVersion : ITenantOwned
{
    private AgreementVersion() { }

    internal AgreementVersion(TaskAgreement agreement, int number, AgreementContent content, string? reason, Guid? userId, string userName, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        TenantId = agreement.TenantId;
        AgreementId = agreement.Id;
        Number = number;
        AmendmentReason = reason;
        CreatedAt = now;
        CreatedBy = userId;
        CreatedByName = userName;
        Status = AgreementStatus.Draft;
        SetContent(content);
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid AgreementId { get; private set; }
    /// <summary>1, 2, 3 …: the first version and each amendment (变更).</summary>
    public int Number { get; private set; }
    public AgreementContent Content { get; private set; } = new();
    public string VerificationCode { get; private set; } = "";
    public AgreementStatus Status { get; private set; }
    /// <summary>变更原因 (null for the first version).</summary>
    public string? AmendmentReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public string CreatedByName { get; private set; } = "";
    public DateTimeOffset? IssuedAt { get; private set; }
    public string? IssuedByName { get; private set; }
    /// <summary>The applicant's sealed scan (a <c>StoredFile</c> of the organisation).</summary>
    public Guid? ScanFileId { get; private set; }
    public DateTimeOffset? ScanUploadedAt { get; private set; }
    public Guid? ScanUploadedBy { get; private set; }
    /// <summary>Why staff sent the last scan back (cleared by the next upload).</summary>
    public string? ScanReturnReason { get; private set; }
    public DateTimeOffset? CountersignedAt { get; private set; }
    public string? CountersignedByName { get; private set; }
    /// <summary>The countersigned PDF (signed with the association's certificate), a <c>StoredFile</c>.</summary>
    public Guid? SignedFileId { get; private set; }

    internal void SetContent(AgreementContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Tranches.Sum(t => t.Amount) != content.Amount)
        {
            throw new DomainException("agreement.tranches_mismatch", "The tranches must add up to the award.");
        }
        Content = content;
        VerificationCode = AgreementCode.For(AgreementId, Number, content);
    }

    internal void Issue(string userName, DateTimeOffset now)
    {
        Status = AgreementStatus.Issued;
        IssuedAt = now;
        IssuedByName = userName;
    }

    internal void AttachScan(Guid fileId, Guid? userId, DateTimeOffset now)
    {
        Status = AgreementStatus.SealedUploaded;
        ScanFileId = fileId;
        ScanUploadedAt = now;
        ScanUploadedBy = userId;
        ScanReturnReason = null;
    }

    internal void ReturnScan(string reason)
    {
        Status = AgreementStatus.Issued;
        ScanReturnReason = reason;
    }

    internal void Countersign(Guid signedFileId, string userName, DateTimeOffset now)
    {
        Status = AgreementStatus.Countersigned;
        SignedFileId = signedFileId;
        CountersignedAt = now;
        CountersignedByName = userName;
    }
}
