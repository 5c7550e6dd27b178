using GrantPortal.Domain.Tenancy;

namespace GrantPortal.Web.Areas.Admin.Users;

public sealed record UsersViewModel(Association Association, IReadOnlyList<MembershipRow> Rows, DateTimeOffset Now);

public sealed record MembershipRow(Guid Id, string Email, string DisplayName, PortalRole Role, string? Organization, DateTimeOffset Since, DateTimeOffset? LockoutEnd);
