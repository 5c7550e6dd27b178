using GrantPortal.Infrastructure.FormalChecks;

namespace GrantPortal.Web.Areas.Staff.FormalChecks;

/// <summary>One application's checklist, the decision form (as typed) and the decision history.</summary>
public sealed record CheckPage(FormalCheckRow Row, string CallTitle, DecisionForm Form, DateTimeOffset Now)
{
    /// <summary>A refusal not tied to a field (a stale page).</summary>
    public string? Error { get; init; }
}
