namespace GrantPortal.Web.Areas.Public.Notices;

/// <summary>异议: who files it, how to reach them, the project it concerns (optional) and the reasons.</summary>
public sealed class ObjectionForm
{
    public Guid? LineId { get; set; }
    public string? Name { get; set; }
    public string? Organization { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Reasons { get; set; }
}
