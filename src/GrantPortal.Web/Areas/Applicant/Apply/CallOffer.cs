using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Applicant.Apply;

/// <summary>A published call with its categories as this organisation sees them.</summary>
public sealed record CallOffer(GrantCall Call, CallPhase Phase, IReadOnlyList<CategoryOffer> Categories);
