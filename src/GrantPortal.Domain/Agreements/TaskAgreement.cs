using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Agreements;

/// <summary>
/// 任务书: the agreement of one award, in versions. Staff draft it from the approved application (and may edit the
/// draft, special terms above all), issue it (下达); the applicant prints, seals and uploads the scan; staff countersign
/// (会签), which meets the award's <c>AgreementSigned</c> milestone. An amendment (变更) starts a new version from the
/// current one, with a reason, and goes through the same steps; earlier versions stay readable and unchanged.
/// <see cref="Revision"/> goes up with every change, so two staff never overwrite each other.
/// </summary>
public sealed class TaskAgreement : ITenantOwned
{
    public const int MaxSpecialTerms = 4000;

    private readonly List<AgreementVersion> _versions = [];

    private TaskAgreement() { }

    private TaskAgreement(Award award, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        TenantId = award.TenantId;
        AwardId = award.Id;
        CallId = award.CallId;
        OrganizationId = award.OrganizationId;
        CreatedAt = now;
        Revision = 1;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid AwardId { get; private set; }
    public Guid CallId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>Concurrency token: up by one with every change.</summary>
    public int Revision { get; private set; }
    public IReadOnlyList<AgreementVersion> Versions => _versions;

    /// <summary>The newest version (the one in progress or in force).</summary>
    public AgreementVersion Current => _versions.MaxBy(v => v.Number) ?? throw new InvalidOperationException("An agreement has at least one version.");

    public AgreementStatus Status => Current.Status;

    /// <summary>The newest version the applicant has been given (issued or later); null before the first issue.</summary>
    public AgreementVersion? LatestIssued => _versions.Where(v => v.Status != AgreementStatus.Draft).MaxBy(v => v.Number);

    /// <summary>The first draft of <paramref name="award"/>'s agreement with <paramref name="content"/>.</summary>
    public static TaskAgreement Draft(Award award, AgreementContent content, Guid? userId, string userName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(award);
        EnsureActive(award);
        if (content.Amount != award.Amount)
        {
            throw new DomainException("agreement.amount_mismatch", "The agreement states the award's amount.");
        }
        var agreement = new TaskAgreement(award, now);
        agreement._versions.Add(new AgreementVersion(agreement, 1, Checked(content), null, userId, userName, now));
        return agreement;
    }

    /// <summary>Changes the draft's content (special terms, period, indicators, schedule); the amount and tranches stay.</summary>
    public void Revise(AgreementContent content, int expectedRevision)
    {
        ArgumentNullException.ThrowIfNull(content);
        EnsureCurrent(expectedRevision);
        var current = Current;
        EnsureStatus(current, AgreementStatus.Draft);
        if (content.Amount != current.Content.Amount || !content.Tranches.SequenceEqual(current.Content.Tranches))
        {
            throw new DomainException("agreement.amount_mismatch", "The amount and the tranche plan follow the award.");
        }
        current.SetContent(Checked(content));
        Touch();
    }

    /// <summary>下达: the draft goes to the applicant.</summary>
    public void Issue(int expectedRevision, string userName, DateTimeOffset now)
    {
        EnsureCurrent(expectedRevision);
        EnsureStatus(Current, AgreementStatus.Draft);
        Current.Issue(userName, now);
        Touch();
    }

    /// <summary>The applicant's sealed scan of the current version (a new upload replaces one not yet countersigned).</summary>
    public void AttachSealedScan(Guid fileId, Guid? userId, DateTimeOffset now)
    {
        var current = Current;
        if (current.Status is not (AgreementStatus.Issued or AgreementStatus.SealedUploaded))
        {
            throw new DomainException(
                current.Status == AgreementStatus.Countersigned ? "agreement.already_countersigned" : "agreement.not_issued",
                "A sealed scan is uploaded for an issued version that is not countersigned yet.");
        }
        current.AttachScan(fileId, userId, now);
        Touch();
    }

    /// <summary>退回: staff send the scan back (unreadable, wrong seal …); the applicant uploads again.</summary>
    public void ReturnScan(string reason, int expectedRevision)
    {
        EnsureCurrent(expectedRevision);
        EnsureStatus(Current, AgreementStatus.SealedUploaded);
        Current.ReturnScan(RequiredReason(reason));
        Touch();
    }

    /// <summary>会签: the association signs the current version (its signed PDF stored as <paramref name="signedFileId"/>).</summary>
    public void Countersign(Guid signedFileId, int expectedRevision, string userName, DateTimeOffset now)
    {
        EnsureCurrent(expectedRevision);
        EnsureStatus(Current, AgreementStatus.SealedUploaded);
        Current.Countersign(signedFileId, userName, now);
        Touch();
    }

    /// <summary>变更: a new draft version from the current one, with the reason; the current one must have been issued.</summary>
    public AgreementVersion Amend(string reason, int expectedRevision, Guid? userId, string userName, DateTimeOffset now)
    {
        EnsureCurrent(expectedRevision);
        var current = Current;
        if (current.Status == AgreementStatus.Draft)
        {
            throw new DomainException("agreement.draft_open", "The current version is still a draft: edit it instead.");
        }
        var version = new AgreementVersion(this, current.Number + 1, current.Content, RequiredReason(reason), userId, userName, now);
        _versions.Add(version);
        Touch();
        return version;
    }

    /// <summary>An award terminated (or never active) gets no agreement steps.</summary>
    public static void EnsureActive(Award award)
    {
        ArgumentNullException.ThrowIfNull(award);
        if (award.Status == AwardStatus.Terminated)
        {
            throw new DomainException("award.terminated", "The award was terminated.");
        }
    }

    private static AgreementContent Checked(AgreementContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.SpecialTerms.Length > MaxSpecialTerms)
        {
            throw new DomainException("agreement.terms_too_long", "The special terms are too long.");
        }
        if (content.PeriodStart is { } start && content.PeriodEnd is { } end && end < start)
        {
            throw new DomainException("agreement.period_invalid", "The project ends before it starts.");
        }
        return content;
    }

    private static string RequiredReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("agreement.reason_required", "A reason is required.");
        }
        return reason.Trim();
    }

    private static void EnsureStatus(AgreementVersion version, AgreementStatus expected)
    {
        if (version.Status != expected)
        {
            throw new DomainException("agreement.wrong_status", $"This step needs a version in {expected}, not {version.Status}.");
        }
    }

    private void EnsureCurrent(int expectedRevision)
    {
        if (expectedRevision != Revision)
        {
            throw new DomainException("agreement.stale", "The agreement was changed since it was opened.", Revision);
        }
    }

    private void Touch() => Revision++;
}
