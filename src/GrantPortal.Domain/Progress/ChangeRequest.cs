using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Progress;

/// <summary>
/// 变更申请: the applicant asks to change an award's content, timing (a new completion date), person in charge or
/// something else — what changes from what to what, and why, with optional attachments. Staff approve or refuse it with a
/// comment; the applicant may withdraw it while it is pending. At most one request per award is pending at a time. Each
/// step is recorded on the request (who, when, comment) and never changed afterwards; an approved timing change moves the
/// award's completion date (<see cref="CompletionDate"/>).
/// </summary>
public sealed class ChangeRequest : ITenantOwned
{
    public const int TextMaxLength = 2000;
    public const int ReasonMaxLength = 4000;
    public const int MaxAttachments = 5;

    private ChangeRequest() { }

    private ChangeRequest(Award award, int number, ChangeKind kind, string from, string to, DateOnly? newCompletionDate, string reason,
        IReadOnlyList<Guid> attachments, ProgressActor actor, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        TenantId = award.TenantId;
        AwardId = award.Id;
        CallId = award.CallId;
        OrganizationId = award.OrganizationId;
        Number = number;
        Kind = kind;
        From = from;
        To = to;
        NewCompletionDate = newCompletionDate;
        Reason = reason;
        AttachmentIds = [.. attachments];
        Status = ChangeRequestStatus.Pending;
        SubmittedAt = now;
        SubmittedBy = actor.UserId;
        SubmittedByName = actor.Name;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid AwardId { get; private set; }
    public Guid CallId { get; private set; }
    public Guid OrganizationId { get; private set; }
    /// <summary>1, 2, 3 … per award.</summary>
    public int Number { get; private set; }
    public ChangeKind Kind { get; private set; }
    /// <summary>变更前.</summary>
    public string From { get; private set; } = "";
    /// <summary>变更后.</summary>
    public string To { get; private set; } = "";
    /// <summary>For a timing change: the new completion date (Beijing date, inclusive).</summary>
    public DateOnly? NewCompletionDate { get; private set; }
    /// <summary>变更理由.</summary>
    public string Reason { get; private set; } = "";
    public List<Guid> AttachmentIds { get; private set; } = [];
    public ChangeRequestStatus Status { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public Guid? SubmittedBy { get; private set; }
    public string SubmittedByName { get; private set; } = "";
    /// <summary>When it was approved, refused or withdrawn.</summary>
    public DateTimeOffset? DecidedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public string? DecidedByName { get; private set; }
    /// <summary>审核意见 (or the applicant's note when withdrawing).</summary>
    public string? DecisionComment { get; private set; }

    public bool IsPending => Status == ChangeRequestStatus.Pending;

    /// <summary>
    /// 提交变更申请 for <paramref name="award"/>. <paramref name="existing"/> are the award's requests so far: refused when
    /// one is still pending. A timing change needs a new completion date after today (Beijing).
    /// </summary>
    public static ChangeRequest Submit(Award award, IReadOnlyCollection<ChangeRequest> existing, ChangeKind kind, string? from, string? to,
        DateOnly? newCompletionDate, string? reason, IReadOnlyList<Guid> attachments, ProgressActor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(award);
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(attachments);
        ArgumentNullException.ThrowIfNull(actor);
        if (award.Status != AwardStatus.Active)
        {
            throw new DomainException("change.award_not_active", "The award is not running.");
        }
        if (existing.Any(r => r.AwardId != award.Id))
        {
            throw new InvalidOperationException("The requests belong to another award.");
        }
        if (existing.Any(r => r.IsPending))
        {
            throw new DomainException("change.pending_exists", "A change request is already pending.");
        }
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("change.kind_invalid", "Unknown kind of change.");
        }
        from = (from ?? "").Trim();
        to = (to ?? "").Trim();
        reason = (reason ?? "").Trim();
        if (kind == ChangeKind.Timing)
        {
            if (newCompletionDate is not { } date)
            {
                throw new DomainException("change.date_required", "A timing change needs the new completion date.");
            }
            if (date <= BeijingTime.Today(now))
            {
                throw new DomainException("change.date_past", "The new completion date must be after today.");
            }
            if (to.Length == 0)
            {
                to = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        else
        {
            newCompletionDate = null;
        }
        if (to.Length == 0)
        {
            throw new DomainException("change.to_required", "Say what it changes to.");
        }
        if (reason.Length == 0)
        {
            throw new DomainException("change.reason_required", "A reason is required.");
        }
        if (from.Length > TextMaxLength || to.Length > TextMaxLength || reason.Length > ReasonMaxLength)
        {
            throw new DomainException("change.too_long", "The text is too long.");
        }
        if (attachments.Count > MaxAttachments)
        {
            throw new DomainException("change.too_many_files", "Too many attachments.", MaxAttachments);
        }
        return new ChangeRequest(award, existing.Count + 1, kind, from, to, newCompletionDate, reason, attachments, actor, now);
    }

    /// <summary>批准, with an optional comment.</summary>
    public void Approve(string? comment, ProgressActor actor, DateTimeOffset now) =>
        Close(ChangeRequestStatus.Approved, comment, actor, now, requireComment: false);

    /// <summary>不予批准: the comment says why.</summary>
    public void Refuse(string? comment, ProgressActor actor, DateTimeOffset now) =>
        Close(ChangeRequestStatus.Refused, comment, actor, now, requireComment: true);

    /// <summary>撤回: by the applicant, while pending.</summary>
    public void Withdraw(ProgressActor actor, DateTimeOffset now) =>
        Close(ChangeRequestStatus.Withdrawn, null, actor, now, requireComment: false);

    /// <summary>
    /// The award's completion date after its approved timing changes: the latest approved one wins; null when none was
    /// approved (the call's completion deadline applies).
    /// </summary>
    public static DateOnly? CompletionDate(IEnumerable<ChangeRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        return requests
            .Where(r => r.Status == ChangeRequestStatus.Approved && r.Kind == ChangeKind.Timing && r.NewCompletionDate is not null)
            .MaxBy(r => (r.DecidedAt, r.Number))?.NewCompletionDate;
    }

    private void Close(ChangeRequestStatus status, string? comment, ProgressActor actor, DateTimeOffset now, bool requireComment)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsPending)
        {
            throw new DomainException("change.not_pending", "The request was already decided or withdrawn.");
        }
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (requireComment && comment is null)
        {
            throw new DomainException("change.comment_required", "A comment is required.");
        }
        if (comment?.Length > TextMaxLength)
        {
            throw new DomainException("change.too_long", "The text is too long.");
        }
        Status = status;
        DecidedAt = now;
        DecidedBy = actor.UserId;
        DecidedByName = actor.Name;
        DecisionComment = comment;
    }
}
