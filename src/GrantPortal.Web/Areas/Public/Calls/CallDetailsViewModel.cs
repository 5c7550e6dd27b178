using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Tenancy;

namespace GrantPortal.Web.Areas.Public.Calls;

public sealed record CallDetailsViewModel(Association Association, GrantCall Call, CallSummary Summary);
