namespace GrantPortal.Web.Areas.Staff.Panels;

/// <summary>One category's panel as posted: the counts per type and the due time (Beijing, datetime-local).</summary>
public sealed class PanelForm
{
    public Guid CategoryId { get; set; }
    public int? Technical { get; set; }
    public int? Financial { get; set; }
    public int? Management { get; set; }
    public string? DueAt { get; set; }
}
