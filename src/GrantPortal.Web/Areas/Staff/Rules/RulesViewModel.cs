using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Rules;

/// <summary>The rules page: the call, the form (as typed, after a refused save), and the changes missed on a conflict.</summary>
public sealed record RulesViewModel(string Tenant, CallHeader Call, RulesForm Form, IReadOnlyList<CallAuditEntry> Missed);
