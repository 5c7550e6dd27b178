using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.FormalChecks;

/// <summary>
/// 形式审查记录: one decision on one submission version of an application, with who, when, why and the checklist as it
/// stood. Append-only: never changed or deleted; the application's history is the list of its decisions.
/// </summary>
public sealed class FormalCheckDecision : ITenantOwned
{
    private FormalCheckDecision() { }

    internal FormalCheckDecision(
        Applications.GrantApplication application, int submissionVersion, FormalCheckOutcome outcome, string? reasons,
        DateTimeOffset? correctionDeadline, FormalChecklist checklist, FormalCheckActor by, DateTimeOffset now, bool bulk)
    {
        Id = Guid.CreateVersion7();
        TenantId = application.TenantId;
        ApplicationId = application.Id;
        CallId = application.CallId;
        CategoryId = application.CategoryId;
        SubmissionVersion = submissionVersion;
        Outcome = outcome;
        Reasons = reasons;
        CorrectionDeadline = correctionDeadline;
        Checklist = checklist.Items;
        Bulk = bulk;
        DecidedAt = now;
        DecidedBy = by.UserId;
        DecidedByName = by.Name;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Guid CallId { get; private set; }
    public Guid CategoryId { get; private set; }
    /// <summary>The submission version checked.</summary>
    public int SubmissionVersion { get; private set; }
    public FormalCheckOutcome Outcome { get; private set; }
    /// <summary>The reasons of a return or rejection (shown to the applicant); a pass's note, if any.</summary>
    public string? Reasons { get; private set; }
    /// <summary>A return's correction deadline (exclusive instant).</summary>
    public DateTimeOffset? CorrectionDeadline { get; private set; }
    public IReadOnlyList<FormalCheckItem> Checklist { get; private set; } = [];
    /// <summary>Passed in a bulk pass.</summary>
    public bool Bulk { get; private set; }
    public DateTimeOffset DecidedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public string DecidedByName { get; private set; } = "";
}
