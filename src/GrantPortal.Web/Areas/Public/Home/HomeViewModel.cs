using GrantPortal.Domain.Tenancy;

namespace GrantPortal.Web.Areas.Public.Home;

public sealed record HomeViewModel(IReadOnlyList<Association> Associations, IReadOnlyList<MembershipLink> Memberships);
