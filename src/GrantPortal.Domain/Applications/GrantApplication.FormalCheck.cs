using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.FormalChecks;

namespace GrantPortal.Domain.Applications;

/// <summary>形式审查: staff pass, return for correction (until a deadline), or reject a submitted application.</summary>
public sealed partial class GrantApplication
{
    /// <summary>The deadline of the last return for correction (exclusive instant); kept after the resubmission.</summary>
    public DateTimeOffset? CorrectionDeadline { get; private set; }

    /// <summary>The reasons of the last return or rejection, as the applicant reads them.</summary>
    public string? FormalCheckReasons { get; private set; }

    /// <summary>Waiting for the formal check: submitted (and not yet decided).</summary>
    public bool AwaitsFormalCheck => Status is ApplicationStatus.Submitted or ApplicationStatus.FormalCheck;

    /// <summary>
    /// Whether the applicant may change and submit it at <paramref name="now"/>: a returned application until its
    /// correction deadline, whatever the call's phase; otherwise as <see cref="IsEditableIn"/>.
    /// </summary>
    public bool IsEditableAt(CallPhase phase, DateTimeOffset now) =>
        Status == ApplicationStatus.Returned && CorrectionDeadline is { } until ? now < until : IsEditableIn(phase);

    /// <summary>Returned for correction and the correction deadline has passed.</summary>
    public bool CorrectionExpiredAt(DateTimeOffset now) => Status == ApplicationStatus.Returned && CorrectionDeadline <= now;

    /// <summary>The version the formal check looks at: the latest submission.</summary>
    public int LatestVersion => _submissions.Count == 0 ? 0 : _submissions.Max(s => s.Version);

    /// <summary>
    /// 通过: on to expert review. Every manual item must be ticked; a failed automatic item needs a note saying why it
    /// passes anyway.
    /// </summary>
    public FormalCheckDecision PassFormalCheck(int expectedRevision, FormalChecklist checklist, string? note, FormalCheckActor by, DateTimeOffset now, bool bulk = false)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        ArgumentNullException.ThrowIfNull(by);
        EnsurePending(expectedRevision);
        if (checklist.Unconfirmed.Count > 0)
        {
            throw new DomainException("formal_check.unconfirmed", "Every manual item must be confirmed.", string.Join("、", checklist.Unconfirmed.Select(i => i.Label)));
        }
        if (checklist.HasFailures && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("formal_check.note_required", "Passing despite a failed item needs a note.");
        }
        var decision = new FormalCheckDecision(this, LatestVersion, FormalCheckOutcome.Passed, Trim(note), null, checklist, by, now, bulk);
        Status = ApplicationStatus.ExpertReview;
        FormalCheckReasons = null;
        Touch(by.UserId, now);
        return decision;
    }

    /// <summary>退回修改: the applicant may change and resubmit (a new version) until <paramref name="until"/>, even after the call's deadline.</summary>
    public FormalCheckDecision ReturnForCorrection(int expectedRevision, FormalChecklist checklist, string reasons, DateTimeOffset until, FormalCheckActor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        ArgumentNullException.ThrowIfNull(by);
        EnsurePending(expectedRevision);
        var why = RequireReasons(reasons);
        if (until <= now)
        {
            throw new DomainException("formal_check.deadline_past", "The correction deadline must be in the future.");
        }
        var decision = new FormalCheckDecision(this, LatestVersion, FormalCheckOutcome.Returned, why, until, checklist, by, now, false);
        Status = ApplicationStatus.Returned;
        CorrectionDeadline = until;
        FormalCheckReasons = why;
        Touch(by.UserId, now);
        return decision;
    }

    /// <summary>不予受理: final.</summary>
    public FormalCheckDecision RejectAtFormalCheck(int expectedRevision, FormalChecklist checklist, string reasons, FormalCheckActor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        ArgumentNullException.ThrowIfNull(by);
        EnsurePending(expectedRevision);
        var why = RequireReasons(reasons);
        var decision = new FormalCheckDecision(this, LatestVersion, FormalCheckOutcome.Rejected, why, null, checklist, by, now, false);
        Status = ApplicationStatus.Rejected;
        FormalCheckReasons = why;
        Touch(by.UserId, now);
        return decision;
    }

    private void EnsurePending(int expectedRevision)
    {
        EnsureRevision(expectedRevision);
        if (!AwaitsFormalCheck || _submissions.Count == 0)
        {
            throw new DomainException("formal_check.not_pending", "Only a submitted application awaits the formal check.");
        }
    }

    private static string RequireReasons(string? reasons) =>
        Trim(reasons) ?? throw new DomainException("formal_check.reasons_required", "Reasons are required.");

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
