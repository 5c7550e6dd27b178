namespace GrantPortal.Web.Areas.Staff.Debarments;

/// <summary>解除: the reason a debarment ends early.</summary>
public sealed class LiftForm
{
    public string LiftReason { get; set; } = "";
}
