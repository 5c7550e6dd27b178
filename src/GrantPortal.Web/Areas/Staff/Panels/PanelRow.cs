using GrantPortal.Domain.Reviews;

namespace GrantPortal.Web.Areas.Staff.Panels;

/// <summary>One category that takes applications, with its panel (null until set) and how many of its applications are in expert review.</summary>
public sealed record PanelRow(Guid CategoryId, string Code, string Name, ReviewPanel? Panel, int InReview);
