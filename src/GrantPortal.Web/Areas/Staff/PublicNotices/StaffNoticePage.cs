using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Notices;

namespace GrantPortal.Web.Areas.Staff.PublicNotices;

/// <summary>A notice for staff: its list, the objections with their handling forms, what blocks 立项, and the awards.</summary>
public sealed record StaffNoticePage(
    PublicNotice Notice, string CallTitle, NoticeStatus Status, DateOnly FirstDay, IReadOnlyList<Objection> Objections,
    IReadOnlyList<DomainException> Blockers, IReadOnlyList<Award> Awards)
{
    /// <summary>The objection whose form was posted with problems (its typed values and errors are shown).</summary>
    public Guid? Editing { get; init; }
    public HandleForm? Form { get; init; }
    public string? Error { get; init; }

    public NoticeLine? LineOf(Objection objection) => Notice.Lines.SingleOrDefault(l => l.Id == objection?.LineId);
}
