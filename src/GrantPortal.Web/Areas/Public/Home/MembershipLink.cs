using GrantPortal.Domain.Tenancy;

namespace GrantPortal.Web.Areas.Public.Home;

public sealed record MembershipLink(Association Association, PortalRole Role);
