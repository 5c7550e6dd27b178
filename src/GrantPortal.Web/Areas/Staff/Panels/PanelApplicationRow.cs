using GrantPortal.Domain.Reviews;

namespace GrantPortal.Web.Areas.Staff.Panels;

/// <summary>An application in expert review: who holds its places, and how many of each type are still open.</summary>
public sealed record PanelApplicationRow(
    Guid Id, string? Number, string Title, string OrganizationName, string CategoryCode,
    IReadOnlyList<(string Expert, ExpertType Type, ReviewAssignmentStatus Status)> Reviewers,
    IReadOnlyDictionary<ExpertType, int> Open);
