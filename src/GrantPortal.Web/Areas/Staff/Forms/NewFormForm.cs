namespace GrantPortal.Web.Areas.Staff.Forms;

/// <summary>Gives a category its first form: blank with a title, or a copy of another category's current form.</summary>
public sealed class NewFormForm
{
    public int Revision { get; set; }
    public string? Title { get; set; }
    public Guid? SourceId { get; set; }
}
