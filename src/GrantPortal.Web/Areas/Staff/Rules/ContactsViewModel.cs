using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Rules;

public sealed record ContactsViewModel(string Tenant, CallHeader Call, ContactsForm Form, IReadOnlyList<CallAuditEntry> Missed);
