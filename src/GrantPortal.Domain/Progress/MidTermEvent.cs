using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Progress;

/// <summary>
/// One recorded step of a mid-term report (提交, 退回修改, 通过, 不通过): who, when, with what comment. Append-only: a
/// step is never changed or removed.
/// </summary>
public sealed class MidTermEvent : ITenantOwned
{
    private MidTermEvent() { }

    internal MidTermEvent(MidTermReport report, MidTermAction action, ProgressActor actor, string? comment, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        TenantId = report.TenantId;
        ReportId = report.Id;
        Action = action;
        UserId = actor.UserId;
        UserName = actor.Name;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        At = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ReportId { get; private set; }
    public MidTermAction Action { get; private set; }
    public Guid? UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public string? Comment { get; private set; }
    public DateTimeOffset At { get; private set; }
}
