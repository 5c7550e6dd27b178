using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Awards;

/// <summary>立项项目 of a call, filtered by category, status and a search over number, project and organisation.</summary>
public sealed record CallAwardsPage(
    GrantCall Call, IReadOnlyList<GrantCategory> Categories, IReadOnlyList<AwardRow> Rows, Guid? Category, AwardStatus? Status, string? Search)
{
    public decimal Amount => Rows.Sum(r => r.Award.Amount);
    public decimal Paid => Rows.Sum(r => r.Award.Paid);
    public decimal Outstanding => Rows.Sum(r => r.Award.Outstanding);
}
