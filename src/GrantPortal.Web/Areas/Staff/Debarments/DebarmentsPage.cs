using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Debarments;

/// <summary>The association's debarments, the form to record one, and what its calls' notices say about debarment.</summary>
public sealed record DebarmentsPage(
    IReadOnlyList<DebarmentRow> Rows, IReadOnlyList<(Guid Id, string Name)> Organizations,
    IReadOnlyList<(string CallTitle, DebarmentRule Rule)> Rules, DebarmentForm Form, DateOnly Today, Guid? LiftErrorFor);
