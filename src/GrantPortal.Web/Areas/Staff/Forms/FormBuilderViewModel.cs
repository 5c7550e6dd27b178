using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Web.Areas.Staff.Forms;

/// <summary>The builder page: the category's current form (or the ways to create one), with what went wrong last.</summary>
public sealed class FormBuilderViewModel(GrantCategory category)
{
    public GrantCategory Category { get; } = category;
    public GrantCall Call => Category.Call;
    public FormDefinition? Form => Category.CurrentForm;
    public FormSchema Schema => Form?.Schema ?? new FormSchema();
    /// <summary>Categories with a form to copy from (only shown when this one has none).</summary>
    public IReadOnlyList<CategoryChoice> Sources { get; init; } = [];
    public string? Error { get; init; }
    public IReadOnlyList<CallAuditEntry> Missed { get; init; } = [];
    /// <summary>The title and attachment as typed, when their save failed.</summary>
    public HeaderForm? TypedHeader { get; init; }
    /// <summary>A new section's title as typed, when its save failed.</summary>
    public string? TypedSectionTitle { get; init; }
}
