using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Progress;

/// <summary>
/// 中期报告: the applicant's progress report for one award — 项目进展情况 (at least <see cref="MinProgressLength"/>
/// characters), 经费使用情况 and attachments. Saved as a draft, submitted, then evaluated by staff: passed (the award's
/// mid-term milestone is met, so its mid-term tranche becomes due), returned for revision (the applicant revises and
/// submits again) or failed (recorded with the reason; terminating the award is decided on the acceptance page). Every
/// step is kept in <see cref="History"/>. <see cref="Revision"/> goes up with every change, so two people never
/// overwrite each other.
/// </summary>
public sealed class MidTermReport : ITenantOwned
{
    /// <summary>进展情况 needs at least this many characters (white space not counted).</summary>
    public const int MinProgressLength = 500;
    public const int ProgressMaxLength = 20000;
    public const int SpendingMaxLength = 10000;
    public const int CommentMaxLength = 2000;
    public const int MaxAttachments = 10;

    private readonly List<MidTermEvent> _history = [];

    private MidTermReport() { }

    private MidTermReport(Award award, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        TenantId = award.TenantId;
        AwardId = award.Id;
        CallId = award.CallId;
        OrganizationId = award.OrganizationId;
        Status = MidTermStatus.Draft;
        CreatedAt = now;
        UpdatedAt = now;
        Revision = 1;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid AwardId { get; private set; }
    public Guid CallId { get; private set; }
    public Guid OrganizationId { get; private set; }
    /// <summary>项目进展情况.</summary>
    public string Progress { get; private set; } = "";
    /// <summary>经费使用情况.</summary>
    public string Spending { get; private set; } = "";
    /// <summary>Stored files (<see cref="Files.StoredFile"/>) of the award's organisation, in upload order.</summary>
    public List<Guid> AttachmentIds { get; private set; } = [];
    public MidTermStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? EvaluatedAt { get; private set; }
    /// <summary>How many times it was submitted.</summary>
    public int Submissions { get; private set; }
    /// <summary>Concurrency token: up by one with every change.</summary>
    public int Revision { get; private set; }
    public IReadOnlyList<MidTermEvent> History => _history;

    /// <summary>Whether the applicant may change it (a draft, or returned for revision).</summary>
    public bool IsEditable => Status is MidTermStatus.Draft or MidTermStatus.ReturnedForRevision;

    /// <summary>The latest staff comment (退回意见 / 评估意见), if any.</summary>
    public MidTermEvent? LatestEvaluation => _history.Where(e => e.Action != MidTermAction.Submitted).MaxBy(e => e.At);

    /// <summary>A new draft for <paramref name="award"/>; refused when the award is no longer running.</summary>
    public static MidTermReport Start(Award award, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(award);
        EnsureActive(award);
        return new MidTermReport(award, now);
    }

    /// <summary>保存草稿: any length is fine while drafting; only the maximum lengths and the number of files are checked.</summary>
    public void SaveDraft(string? progress, string? spending, int expectedRevision, DateTimeOffset now)
    {
        EnsureCurrent(expectedRevision);
        EnsureEditable();
        progress = (progress ?? "").Trim();
        spending = (spending ?? "").Trim();
        if (progress.Length > ProgressMaxLength || spending.Length > SpendingMaxLength)
        {
            throw new DomainException("midterm.too_long", "The text is too long.", ProgressMaxLength, SpendingMaxLength);
        }
        Progress = progress;
        Spending = spending;
        Touch(now);
    }

    /// <summary>Adds an uploaded file (at most <see cref="MaxAttachments"/>).</summary>
    public void AddAttachment(Guid fileId, DateTimeOffset now)
    {
        EnsureEditable();
        if (AttachmentIds.Count >= MaxAttachments)
        {
            throw new DomainException("midterm.too_many_files", "Too many attachments.", MaxAttachments);
        }
        AttachmentIds = [.. AttachmentIds, fileId];
        Touch(now);
    }

    /// <summary>Removes a file from the report (the stored file stays, as every upload does).</summary>
    public void RemoveAttachment(Guid fileId, DateTimeOffset now)
    {
        EnsureEditable();
        if (AttachmentIds.Contains(fileId))
        {
            AttachmentIds = AttachmentIds.Where(id => id != fileId).ToList();
            Touch(now);
        }
    }

    /// <summary>
    /// 提交: refused unless 进展情况 has at least <see cref="MinProgressLength"/> characters and 经费使用情况 is filled in.
    /// Nothing changes when refused.
    /// </summary>
    public void Submit(Award award, ProgressActor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(award);
        ArgumentNullException.ThrowIfNull(actor);
        EnsureOf(award);
        EnsureActive(award);
        EnsureEditable();
        var length = ProgressText.Length(Progress);
        if (length < MinProgressLength)
        {
            throw new DomainException("midterm.progress_too_short", "The progress report is too short.", MinProgressLength, length);
        }
        if (ProgressText.Length(Spending) == 0)
        {
            throw new DomainException("midterm.spending_required", "The spending report is required.");
        }
        Status = MidTermStatus.Submitted;
        SubmittedAt = now;
        Submissions++;
        _history.Add(new MidTermEvent(this, MidTermAction.Submitted, actor, null, now));
        Touch(now);
    }

    /// <summary>退回修改: with the comments the applicant is to address.</summary>
    public void Return(string comment, ProgressActor actor, int expectedRevision, DateTimeOffset now)
    {
        Evaluate(MidTermAction.Returned, comment, actor, expectedRevision, now, requireComment: true);
        Status = MidTermStatus.ReturnedForRevision;
    }

    /// <summary>评估通过: the award's mid-term milestone is met (its mid-term tranche becomes due).</summary>
    public void Pass(Award award, string? comment, ProgressActor actor, int expectedRevision, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(award);
        EnsureOf(award);
        EnsureActive(award);
        Evaluate(MidTermAction.Passed, comment, actor, expectedRevision, now, requireComment: false);
        award.MeetMilestone(DisbursementMilestone.MidTermEvaluation, now);
        Status = MidTermStatus.Passed;
    }

    /// <summary>评估不通过: recorded with the reason. The award goes on until staff terminate it on the acceptance page.</summary>
    public void Fail(string reason, ProgressActor actor, int expectedRevision, DateTimeOffset now)
    {
        Evaluate(MidTermAction.Failed, reason, actor, expectedRevision, now, requireComment: true);
        Status = MidTermStatus.Failed;
    }

    private void Evaluate(MidTermAction action, string? comment, ProgressActor actor, int expectedRevision, DateTimeOffset now, bool requireComment)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureCurrent(expectedRevision);
        if (Status != MidTermStatus.Submitted)
        {
            throw new DomainException("midterm.not_submitted", "Only a submitted report can be evaluated.");
        }
        if (requireComment && string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("midterm.comment_required", "A comment is required.");
        }
        if (comment?.Trim().Length > CommentMaxLength)
        {
            throw new DomainException("midterm.comment_too_long", "The comment is too long.", CommentMaxLength);
        }
        EvaluatedAt = now;
        _history.Add(new MidTermEvent(this, action, actor, comment, now));
        Touch(now);
    }

    private void EnsureOf(Award award)
    {
        if (award.Id != AwardId)
        {
            throw new InvalidOperationException("The report belongs to another award.");
        }
    }

    private static void EnsureActive(Award award)
    {
        if (award.Status != AwardStatus.Active)
        {
            throw new DomainException("midterm.award_not_active", "The award is not running.");
        }
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException("midterm.not_editable", "The report cannot be changed now.");
        }
    }

    private void EnsureCurrent(int expectedRevision)
    {
        if (expectedRevision != Revision)
        {
            throw new DomainException("midterm.stale", "The report was changed since it was opened.", Revision);
        }
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Revision++;
    }
}
