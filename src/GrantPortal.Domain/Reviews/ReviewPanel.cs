using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Reviews;

/// <summary>
/// 评审组: how many experts of each type review each application of one category (e.g. 3 technical + 1 financial +
/// 1 management), and when their scores are due.
/// </summary>
public sealed class ReviewPanel : ITenantOwned
{
    /// <summary>At most this many experts of one type per application.</summary>
    public const int MaxPerType = 9;

    private ReviewPanel() { }

    public ReviewPanel(Guid tenantId, Guid callId, Guid categoryId, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        CallId = callId;
        CategoryId = categoryId;
        Technical = 3;
        Financial = 1;
        Management = 1;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid CallId { get; private set; }
    public Guid CategoryId { get; private set; }
    /// <summary>技术专家 per application.</summary>
    public int Technical { get; private set; }
    /// <summary>财务专家 per application.</summary>
    public int Financial { get; private set; }
    /// <summary>管理专家 per application.</summary>
    public int Management { get; private set; }
    /// <summary>评审截止: the instant scores are due; null for none.</summary>
    public DateTimeOffset? DueAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public Guid? UpdatedBy { get; private set; }

    public int Size => Technical + Financial + Management;

    /// <summary>How many places of the type each application has.</summary>
    public int Places(ExpertType type) => type switch
    {
        ExpertType.Technical => Technical,
        ExpertType.Financial => Financial,
        ExpertType.Management => Management,
        _ => 0,
    };

    /// <summary>Sets the panel's make-up and due date: each count 0–<see cref="MaxPerType"/>, at least one expert in all.</summary>
    public void Set(int technical, int financial, int management, DateTimeOffset? dueAt, Guid? userId, DateTimeOffset now)
    {
        if (new[] { technical, financial, management }.Any(n => n is < 0 or > MaxPerType))
        {
            throw new DomainException("panel.count_invalid", "Each count must be between 0 and 9.");
        }
        if (technical + financial + management == 0)
        {
            throw new DomainException("panel.empty", "A panel needs at least one expert.");
        }
        Technical = technical;
        Financial = financial;
        Management = management;
        DueAt = dueAt;
        UpdatedBy = userId;
        UpdatedAt = now;
    }
}
