using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Reviews;

/// <summary>
/// 评审任务: one expert reviews one application, filling one place of the category's panel for the expert's type.
/// Made by the automatic assignment or by hand; ends in a score, a recusal, or staff withdrawing it.
/// </summary>
public sealed class ReviewAssignment : ITenantOwned
{
    private ReviewAssignment() { }

    public ReviewAssignment(GrantApplication application, Expert expert, bool byHand, Guid? assignedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(expert);
        if (application.TenantId != expert.TenantId)
        {
            throw new DomainException("review.other_tenant", "The expert belongs to another association.");
        }
        Id = Guid.CreateVersion7();
        TenantId = application.TenantId;
        CallId = application.CallId;
        CategoryId = application.CategoryId;
        ApplicationId = application.Id;
        ExpertId = expert.Id;
        Type = expert.Type;
        ByHand = byHand;
        AssignedBy = assignedBy;
        AssignedAt = now;
        Status = ReviewAssignmentStatus.Assigned;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid CallId { get; private set; }
    public Guid CategoryId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Guid ExpertId { get; private set; }
    /// <summary>The panel place it fills (the expert's type when assigned).</summary>
    public ExpertType Type { get; private set; }
    /// <summary>Made by staff by hand rather than by the automatic assignment.</summary>
    public bool ByHand { get; private set; }
    public Guid? AssignedBy { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }
    public ReviewAssignmentStatus Status { get; private set; }
    /// <summary>评审截止: the Beijing instant the score is due; null when the panel sets none.</summary>
    public DateTimeOffset? DueAt { get; private set; }
    public string? RecusalReason { get; private set; }
    public DateTimeOffset? RecusedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>Still holds a place on the panel (waiting for a score, or scored).</summary>
    public bool IsActive => Status is ReviewAssignmentStatus.Assigned or ReviewAssignmentStatus.Submitted;

    /// <summary>回避: the expert declares a conflict of interest, with a reason; they can no longer open the application.</summary>
    public void Recuse(string reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("review.reason_required", "A reason is required.");
        }
        if (Status != ReviewAssignmentStatus.Assigned)
        {
            throw new DomainException("review.not_open", "Only an open assignment can be declined.");
        }
        Status = ReviewAssignmentStatus.Recused;
        RecusalReason = reason.Trim();
        RecusedAt = now;
    }

    /// <summary>The expert's score was submitted.</summary>
    public void MarkSubmitted(DateTimeOffset now)
    {
        if (Status != ReviewAssignmentStatus.Assigned)
        {
            throw new DomainException("review.not_open", "Only an open assignment can be scored.");
        }
        Status = ReviewAssignmentStatus.Submitted;
        SubmittedAt = now;
    }

    /// <summary>Staff take an unscored assignment away (a manual change of the panel).</summary>
    public void Withdraw()
    {
        if (Status != ReviewAssignmentStatus.Assigned)
        {
            throw new DomainException("review.not_open", "Only an open assignment can be withdrawn.");
        }
        Status = ReviewAssignmentStatus.Withdrawn;
    }

    /// <summary>Sets when the score is due.</summary>
    public void SetDue(DateTimeOffset? dueAt) => DueAt = dueAt;
}
