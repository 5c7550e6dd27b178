using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Calls;

/// <summary>The call workbench: the call, its phase now, what blocks publishing and its last change.</summary>
public sealed record OverviewPage(GrantCall Call, CallPhase Phase, IReadOnlyList<CallViolation> Problems, CallAuditEntry? LastChange);
