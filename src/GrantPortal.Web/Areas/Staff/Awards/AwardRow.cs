using GrantPortal.Domain.Awards;

namespace GrantPortal.Web.Areas.Staff.Awards;

/// <summary>One award in a call's list.</summary>
public sealed record AwardRow(Award Award, string CategoryCode, string CategoryName);
