namespace GrantPortal.Web.Areas.Staff.Forms;

/// <summary>The form's 意见栏, all at once: rows with a title are kept unless marked for removal.</summary>
public sealed class SignOffsForm
{
    public int Revision { get; set; }
    public List<SignOffRow> Blocks { get; set; } = [];
}
