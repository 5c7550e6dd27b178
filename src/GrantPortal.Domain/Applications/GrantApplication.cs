using System.Globalization;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Applications;

/// <summary>
/// 项目申报书: one organisation's application to one category (可申报项目) of a call, filled in on the form version it
/// was started on. Saved as often as the applicant types (each save checks the revision the editor started from, so
/// two users of one organisation never overwrite each other silently); submitted, withdrawn and submitted again until
/// the deadline, each submission kept as a version.
/// </summary>
public sealed partial class GrantApplication : ITenantOwned
{
    private readonly List<ApplicationSubmission> _submissions = [];

    private GrantApplication() { }

    public GrantApplication(Guid tenantId, GrantCategory category, Guid organizationId, Guid? userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(category);
        var form = category.CurrentForm ?? throw new DomainException("application.not_applicable", "The category takes no applications.");
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        CallId = category.CallId;
        CategoryId = category.Id;
        OrganizationId = organizationId;
        FormDefinitionId = form.Id;
        FormVersion = form.Version;
        Status = ApplicationStatus.Draft;
        Title = "";
        CreatedAt = now;
        CreatedBy = userId;
        UpdatedAt = now;
        UpdatedBy = userId;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid CallId { get; private set; }
    public Guid CategoryId { get; private set; }
    public Guid OrganizationId { get; private set; }
    /// <summary>The form version the application was started on; it keeps it when staff change the form.</summary>
    public Guid FormDefinitionId { get; private set; }
    public int FormVersion { get; private set; }
    /// <summary>申报编号 (GX-2023-3-0042), given at the first submission and kept.</summary>
    public string? Number { get; private set; }
    public ApplicationStatus Status { get; private set; }
    public string Title { get; private set; } = "";
    public decimal? RequestedAmount { get; private set; }
    /// <summary>The answers: "key" for a simple field, "key.{row}.{column}" for a table cell, "key.name" … for a person block.</summary>
    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();
    /// <summary>Goes up with every save; a save from an older revision is refused.</summary>
    public int Revision { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public Guid? UpdatedBy { get; private set; }
    /// <summary>When the submission that counts was made.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }
    public IReadOnlyList<ApplicationSubmission> Submissions => _submissions;
    /// <summary>The last submission attempt was refused as too similar to this application (查重); null when not flagged.</summary>
    public Guid? SimilarToId { get; private set; }
    /// <summary>The similarity found, 0–1.</summary>
    public decimal? Similarity { get; private set; }
    /// <summary>Staff confirmed the two are different projects and allowed submission, with a reason.</summary>
    public string? SimilarityOverrideReason { get; private set; }
    public Guid? SimilarityOverrideBy { get; private set; }
    public DateTimeOffset? SimilarityOverrideAt { get; private set; }

    /// <summary>Whether staff have allowed this application despite its similarity to <paramref name="otherId"/>.</summary>
    public bool SimilarityAllowedWith(Guid otherId) => SimilarityOverrideReason is not null && SimilarToId == otherId;

    /// <summary>
    /// The applicant may change it: a draft, withdrawn or returned application while the call takes submissions. A
    /// returned application with a correction deadline follows that deadline instead: see <see cref="IsEditableAt"/>.
    /// </summary>
    public bool IsEditableIn(CallPhase phase) =>
        phase == CallPhase.Open && Status is ApplicationStatus.Draft or ApplicationStatus.Withdrawn or ApplicationStatus.Returned;

    /// <summary>Counts against the call's per-organisation limit: every application not withdrawn.</summary>
    public bool CountsAgainstLimit => Status != ApplicationStatus.Withdrawn;

    /// <summary>
    /// Saves the answers (autosave or save button) if the editor started from the current revision; the title and the
    /// requested amount are read from their well-known fields.
    /// </summary>
    public void Save(IReadOnlyDictionary<string, string> values, int expectedRevision, CallPhase phase, Guid? userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(values);
        EnsureRevision(expectedRevision);
        if (!IsEditableAt(phase, now))
        {
            throw new DomainException("application.read_only", "The application can no longer be changed.");
        }
        Values = values
            .Where(v => !string.IsNullOrWhiteSpace(v.Value))
            .ToDictionary(v => v.Key, v => v.Value.Trim(), StringComparer.Ordinal);
        Title = Values.TryGetValue(FormKeys.ProjectName, out var title) ? title : "";
        RequestedAmount = Values.TryGetValue(FormKeys.RequestedAmount, out var amount)
            && decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var yuan) ? yuan : null;
        Touch(userId, now);
    }

    /// <summary>
    /// 提交: the answers as they are become the next submission version. The caller has checked the form (no errors) and
    /// the call's rules; <paramref name="number"/> is given at the first submission.
    /// </summary>
    public ApplicationSubmission Submit(int expectedRevision, CallPhase phase, Func<string> number, Guid? userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(number);
        EnsureRevision(expectedRevision);
        if (!IsEditableAt(phase, now))
        {
            throw new DomainException(
                CorrectionExpiredAt(now) ? "application.correction_expired" : phase == CallPhase.Open ? "application.already_submitted" : "application.call_closed",
                "The application cannot be submitted now.");
        }
        Number ??= number();
        var submission = new ApplicationSubmission(this, _submissions.Count + 1, now, userId);
        _submissions.Add(submission);
        Status = ApplicationStatus.Submitted;
        SubmittedAt = now;
        Touch(userId, now);
        return submission;
    }

    /// <summary>撤回: before the deadline the applicant may take a submission back, change it and submit again.</summary>
    public void Withdraw(int expectedRevision, CallPhase phase, Guid? userId, DateTimeOffset now)
    {
        EnsureRevision(expectedRevision);
        if (Status != ApplicationStatus.Submitted || phase != CallPhase.Open)
        {
            throw new DomainException("application.cannot_withdraw", "Only a submitted application can be withdrawn, before the deadline.");
        }
        Status = ApplicationStatus.Withdrawn;
        Touch(userId, now);
    }

    /// <summary>Records that a submission was refused as too similar to another application, for staff to see.</summary>
    public void FlagSimilarity(Guid otherId, decimal similarity)
    {
        if (SimilarToId == otherId && SimilarityOverrideReason is not null)
        {
            return;
        }
        SimilarToId = otherId;
        Similarity = similarity;
        SimilarityOverrideReason = null;
        SimilarityOverrideBy = null;
        SimilarityOverrideAt = null;
    }

    /// <summary>Staff allow submission despite the flagged similarity (they are different projects), with a reason.</summary>
    public void AllowSimilarity(string reason, Guid? staffUserId, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("application.reason_required", "A reason is required.");
        }
        if (SimilarToId is null)
        {
            throw new DomainException("application.not_flagged", "The application is not flagged as similar to another.");
        }
        SimilarityOverrideReason = reason.Trim();
        SimilarityOverrideBy = staffUserId;
        SimilarityOverrideAt = now;
    }

    private void EnsureRevision(int expectedRevision)
    {
        if (expectedRevision != Revision)
        {
            throw new DomainException("application.stale", "The application was changed since it was opened.", Revision);
        }
    }

    private void Touch(Guid? userId, DateTimeOffset now)
    {
        UpdatedAt = now;
        UpdatedBy = userId;
        Revision++;
    }
}
