using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Tenancy;

namespace GrantPortal.Web.Areas.Public.Calls;

public sealed record CategoryViewModel(Association Association, GrantCall Call, GrantCategory Category, CallPhase Phase);
