namespace GrantPortal.Web.Areas.Staff.Forms;

/// <summary>One action on a field from the builder: up, down, move (to <see cref="TargetSection"/>) or remove.</summary>
public sealed class FieldActionForm
{
    public int Revision { get; set; }
    public string? Field { get; set; }
    public string? TargetSection { get; set; }
    public string? Op { get; set; }
}
