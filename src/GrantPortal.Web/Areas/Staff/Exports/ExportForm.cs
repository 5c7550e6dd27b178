using GrantPortal.Domain.Documents;

namespace GrantPortal.Web.Areas.Staff.Exports;

/// <summary>What to export: a whole call, one category, or one application (by its number).</summary>
public sealed class ExportForm
{
    public ExportScope Scope { get; set; } = ExportScope.Call;
    public Guid? CallId { get; set; }
    public Guid? CategoryId { get; set; }
    public string? Number { get; set; }
}
