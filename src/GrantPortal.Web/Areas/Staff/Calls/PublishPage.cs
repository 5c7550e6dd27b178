using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Calls;

/// <summary>The publish confirmation: what blocks publishing, the refusal of a failed attempt and the changes missed on a conflict.</summary>
public sealed record PublishPage(GrantCall Call, IReadOnlyList<CallViolation> Problems, string? Error, IReadOnlyList<CallAuditEntry> Missed);
