using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Calls;

/// <summary>
/// 修改记录: one saved change to a call: who, when, what (an action and a summary), why where a reason is required,
/// and each changed value before and after. Entries are only ever added (the app's database role may not update or
/// delete them).
/// </summary>
public sealed class CallAuditEntry : ITenantOwned
{
    private CallAuditEntry() { }

    public CallAuditEntry(
        Guid tenantId, Guid callId, int revision, DateTimeOffset at, Guid? userId, string userName,
        string action, string summary, string? reason, IReadOnlyList<CallChange> changes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentNullException.ThrowIfNull(changes);
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        CallId = callId;
        Revision = revision;
        At = at;
        UserId = userId;
        UserName = userName;
        Action = action;
        Summary = summary;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Changes = changes;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid CallId { get; private set; }
    /// <summary>The call's revision this change produced.</summary>
    public int Revision { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? UserId { get; private set; }
    public string UserName { get; private set; } = "";
    /// <summary>A stable code such as "call.create", "category.move", "form.revise".</summary>
    public string Action { get; private set; } = "";
    /// <summary>What was done, in Chinese, naming the node ("类别 1-2：修改经费").</summary>
    public string Summary { get; private set; } = "";
    public string? Reason { get; private set; }
    public IReadOnlyList<CallChange> Changes { get; private set; } = [];
}
