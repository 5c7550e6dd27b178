namespace GrantPortal.Web.Areas.Staff.Forms;

/// <summary>One action on a section of the form: add, rename, up, down or remove (the button pressed).</summary>
public sealed class SectionForm
{
    public int Revision { get; set; }
    /// <summary>The section's key; empty when adding.</summary>
    public string? Section { get; set; }
    public string? Title { get; set; }
    public string? Op { get; set; }
}
