using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Rules;

/// <summary>One row of the disbursement table: a share paid at a milestone. A row left blank, or ticked for removal, is dropped.</summary>
public sealed class TrancheRow
{
    public decimal? Percent { get; set; }
    public DisbursementMilestone? Milestone { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => Percent is null && Milestone is null;
    public bool Kept => !Remove && !IsBlank;
}
