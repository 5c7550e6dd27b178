using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Calls;

/// <summary>修改记录: the call and its audit log, newest first.</summary>
public sealed record HistoryPage(GrantCall Call, IReadOnlyList<CallAuditEntry> Entries);
