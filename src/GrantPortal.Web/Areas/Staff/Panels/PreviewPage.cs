using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.Reviews;

namespace GrantPortal.Web.Areas.Staff.Panels;

/// <summary>The automatic assignment's proposal, shown before staff confirm it.</summary>
public sealed record PreviewPage(GrantCall Call, CallAssignmentPlan Plan, IReadOnlyDictionary<Guid, string> CategoryCodes);
