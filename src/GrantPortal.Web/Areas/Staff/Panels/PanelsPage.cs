using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Panels;

/// <summary>评审组与分配: the call's panels, its applications in review with their gaps, and the experts' loads.</summary>
public sealed record PanelsPage(GrantCall Call, IReadOnlyList<PanelRow> Panels, IReadOnlyList<PanelApplicationRow> Applications, IReadOnlyList<ExpertLoadRow> Loads)
{
    public Guid? ErrorCategory { get; init; }
    public PanelForm? Form { get; init; }
}
