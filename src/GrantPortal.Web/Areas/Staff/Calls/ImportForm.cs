namespace GrantPortal.Web.Areas.Staff.Calls;

/// <summary>A call-definition file to import: uploaded, or pasted as text.</summary>
public sealed class ImportForm
{
    public IFormFile? File { get; set; }
    public string? Json { get; set; }
}
