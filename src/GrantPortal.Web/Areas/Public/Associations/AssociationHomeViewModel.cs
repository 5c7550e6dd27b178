using GrantPortal.Domain.Tenancy;
using GrantPortal.Web.Areas.Public.Calls;

namespace GrantPortal.Web.Areas.Public.Associations;

public sealed record AssociationHomeViewModel(Association Association, IReadOnlyList<CallSummary> Calls);
