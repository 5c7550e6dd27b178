using GrantPortal.Domain.Tenancy;

namespace GrantPortal.Web.Areas.Admin.Users;

public sealed record MembershipRow(Guid Id, string Email, string DisplayName, PortalRole Role, string? Organization, DateTimeOffset Since, DateTimeOffset? LockoutEnd, bool TwoFactorEnabled = false);
