using GrantPortal.Domain.Tenancy;

namespace GrantPortal.Web.Areas.Admin.Users;

public sealed record UsersViewModel(Association Association, IReadOnlyList<MembershipRow> Rows, DateTimeOffset Now);
