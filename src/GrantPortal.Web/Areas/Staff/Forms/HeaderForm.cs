namespace GrantPortal.Web.Areas.Staff.Forms;

/// <summary>The form's title and the notice attachment it follows (附件3).</summary>
public sealed class HeaderForm
{
    public int Revision { get; set; }
    public string Title { get; set; } = "";
    public string? Attachment { get; set; }
}
