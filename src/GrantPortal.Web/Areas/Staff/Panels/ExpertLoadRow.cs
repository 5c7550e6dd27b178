using GrantPortal.Domain.Reviews;

namespace GrantPortal.Web.Areas.Staff.Panels;

/// <summary>An expert's load in the call (places held: waiting or scored), flagged when above their maximum or more than one above the least-loaded of their type.</summary>
public sealed record ExpertLoadRow(Guid ExpertId, string Name, string Organization, ExpertType Type, bool Available, int Load, int? Max, bool OverMax, bool Unbalanced);
