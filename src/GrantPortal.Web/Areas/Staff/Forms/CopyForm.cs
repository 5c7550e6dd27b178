namespace GrantPortal.Web.Areas.Staff.Forms;

/// <summary>
/// Copies this category's current form to another category of a draft call. Without <see cref="Revision"/> it is the first
/// step (target chosen, confirm next); with it, the copy, replacing the target's form only when <see cref="Replace"/> is ticked.
/// </summary>
public sealed class CopyForm
{
    public Guid? TargetId { get; set; }
    public int? Revision { get; set; }
    public bool Replace { get; set; }
}
