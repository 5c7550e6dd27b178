using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.FormalChecks;

namespace GrantPortal.Web.Areas.Staff.FormalChecks;

/// <summary>批量通过 before it happens: what will pass, what will not and why, and the manual items the pass confirms.</summary>
public sealed record BulkConfirmPage(GrantCall Call, Guid? CategoryId, IReadOnlyList<FormalCheckRow> WillPass, IReadOnlyList<FormalCheckRow> WillNot)
{
    /// <summary>The distinct manual items of those passing, confirmed by the bulk pass.</summary>
    public IReadOnlyList<string> ManualLabels => WillPass.SelectMany(r => r.Checklist?.ManualItems ?? []).Select(i => i.Label).Distinct(StringComparer.Ordinal).ToList();

    public bool ConfirmError { get; init; }
}
