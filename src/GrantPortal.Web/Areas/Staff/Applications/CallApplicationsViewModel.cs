using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Applications;

public sealed record CallApplicationsViewModel(GrantCall Call, IReadOnlyList<StaffApplicationRow> Rows);
