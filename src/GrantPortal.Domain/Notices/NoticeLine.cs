using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Notices;

/// <summary>
/// 公示项目: one project on the notice (项目名称, 申报单位, 类别, 资助金额, 申报编号), a snapshot of the confirmed decision.
/// An upheld objection may withdraw it: it then stays listed as withdrawn and never becomes an award.
/// </summary>
public sealed class NoticeLine : ITenantOwned
{
    private NoticeLine() { }

    internal NoticeLine(PublicNotice notice, NoticeLineDraft draft, int order)
    {
        Id = Guid.CreateVersion7();
        TenantId = notice.TenantId;
        NoticeId = notice.Id;
        Order = order;
        ApplicationId = draft.ApplicationId;
        OrganizationId = draft.OrganizationId;
        ApplicationNumber = draft.ApplicationNumber;
        ProjectTitle = draft.ProjectTitle;
        OrganizationName = draft.OrganizationName;
        CategoryId = draft.CategoryId;
        CategoryName = draft.CategoryName;
        Amount = draft.Amount;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid NoticeId { get; private set; }
    /// <summary>Its place in the list (1, 2, …).</summary>
    public int Order { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string ApplicationNumber { get; private set; } = "";
    public string ProjectTitle { get; private set; } = "";
    public string OrganizationName { get; private set; } = "";
    public Guid CategoryId { get; private set; }
    public string CategoryName { get; private set; } = "";
    /// <summary>拟资助金额 in yuan.</summary>
    public decimal Amount { get; private set; }
    /// <summary>撤销: taken off the list after an upheld objection.</summary>
    public bool Withdrawn { get; private set; }
    public string? WithdrawnReason { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public Guid? WithdrawnObjectionId { get; private set; }

    internal void Withdraw(string reason, Guid objectionId, DateTimeOffset now)
    {
        Withdrawn = true;
        WithdrawnReason = reason;
        WithdrawnObjectionId = objectionId;
        WithdrawnAt = now;
    }
}
