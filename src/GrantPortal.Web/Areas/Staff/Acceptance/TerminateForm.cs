using GrantPortal.Domain.Acceptance;

namespace GrantPortal.Web.Areas.Staff.Acceptance;

/// <summary>
/// 终止项目: on what ground, the reason, how much of the paid money to recover (proposed: all of it; less needs a
/// note), and whether and for how many years to debar the organisation (proposed from the call's rule).
/// </summary>
public sealed class TerminateForm
{
    public TerminationGround? Ground { get; set; }
    public string? Reason { get; set; }
    public decimal? ToRecover { get; set; }
    public string? RecoveryNote { get; set; }
    public bool Debar { get; set; } = true;
    public int? Years { get; set; }
    public int Version { get; set; }
}
