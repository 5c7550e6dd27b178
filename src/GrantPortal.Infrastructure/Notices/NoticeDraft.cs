using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Notices;
using GrantPortal.Domain.Reviews;

namespace GrantPortal.Infrastructure.Notices;

/// <summary>What publishing the notice of a call would list: the confirmed decision's approved lines, or why not yet.</summary>
public sealed record NoticeDraft(GrantCall Call, PanelDecision? Decision, IReadOnlyList<NoticeLineDraft> Lines, PublicNotice? Existing, int DefaultWorkingDays)
{
    public bool CanPublish => Existing is null && Decision is { IsConfirmed: true } && Lines.Count > 0;
}
