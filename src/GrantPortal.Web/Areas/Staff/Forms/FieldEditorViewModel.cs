using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Web.Areas.Staff.Forms;

/// <summary>The field editor: the inputs, and what the form offers them (sections, other fields, the node's facts and children).</summary>
public sealed class FieldEditorViewModel(GrantCategory category, FieldForm form)
{
    public GrantCategory Category { get; } = category;
    public FieldForm Form { get; } = form;
    public FormSchema Schema => Category.CurrentForm?.Schema ?? new FormSchema();
    public IEnumerable<FormField> OtherFields => Schema.AllFields().Where(f => f.Key != Form.OriginalKey);
    /// <summary>The declared facts of the amount rules of this node and its children.</summary>
    public IReadOnlyList<AmountOption> Facts => [.. Category.SelfAndDescendants().SelectMany(n => n.AmountOptions).DistinctBy(o => o.Fact)];
    public IReadOnlyList<CallAuditEntry> Missed { get; init; } = [];
}
