using GrantPortal.Infrastructure.Notices;

namespace GrantPortal.Web.Areas.Staff.PublicNotices;

/// <summary>发布公示: the list the confirmed decision approves, the form, and when the notice would close.</summary>
public sealed record PublishPage(NoticeDraft Draft, PublishForm Form, DateTimeOffset ClosesAt, string? Error = null);
