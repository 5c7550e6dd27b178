using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Calls;

/// <summary>A call edit page: the call as saved, what was typed, and the changes missed on a conflict.</summary>
public sealed record EditPage<TForm>(GrantCall Call, TForm Form, IReadOnlyList<CallAuditEntry> Missed);
