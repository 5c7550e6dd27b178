using GrantPortal.Domain.Notices;
using GrantPortal.Domain.Tenancy;

namespace GrantPortal.Web.Areas.Public.Notices;

/// <summary>A public notice as anyone reads it, with the objection form while it is open.</summary>
public sealed record NoticePage(Association Association, PublicNotice Notice, NoticeStatus Status, DateOnly FirstDay, ObjectionForm Form, string? Error = null);

/// <summary>An association's notices, newest first.</summary>
public sealed record NoticeListPage(Association Association, IReadOnlyList<PublicNotice> Notices, DateTimeOffset Now);

/// <summary>受理回执 after an objection was filed.</summary>
public sealed record ReceiptPage(Association Association, PublicNotice Notice, string Reference, DateTimeOffset FiledAt);
