using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Reviews;

/// <summary>
/// 变更记录 of the panel's decision, append-only: who, when, which application, before and after, and why. Also records
/// when the decision was started from the allocation and when it was confirmed.
/// </summary>
public sealed class DecisionChange : ITenantOwned
{
    public const string StartAction = "start";
    public const string ChangeAction = "change";
    public const string ConfirmAction = "confirm";

    private DecisionChange() { }

    internal DecisionChange(
        PanelDecision decision, string action, Guid? applicationId, (bool Approved, decimal? Amount)? before, bool? afterApproved, decimal? afterAmount,
        string reason, Guid? userId, string userName, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        TenantId = decision.TenantId;
        DecisionId = decision.Id;
        CallId = decision.CallId;
        Version = decision.Version;
        Action = action;
        ApplicationId = applicationId;
        BeforeApproved = before?.Approved;
        BeforeAmount = before?.Amount;
        AfterApproved = afterApproved;
        AfterAmount = afterAmount;
        Reason = reason;
        UserId = userId;
        UserName = userName;
        At = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid DecisionId { get; private set; }
    public Guid CallId { get; private set; }
    /// <summary>The decision's version after this change.</summary>
    public int Version { get; private set; }
    public string Action { get; private set; } = "";
    public Guid? ApplicationId { get; private set; }
    public bool? BeforeApproved { get; private set; }
    public decimal? BeforeAmount { get; private set; }
    public bool? AfterApproved { get; private set; }
    public decimal? AfterAmount { get; private set; }
    public string Reason { get; private set; } = "";
    public Guid? UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
}
