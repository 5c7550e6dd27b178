using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Forms;

/// <summary>Copying a form: the targets to choose from, or the chosen target to confirm.</summary>
public sealed class CopyViewModel(GrantCategory source, CopyForm form)
{
    public GrantCategory Source { get; } = source;
    public CopyForm Form { get; } = form;
    public IReadOnlyList<CategoryChoice> Targets { get; init; } = [];
    /// <summary>The chosen target (confirm step).</summary>
    public GrantCategory? Target { get; init; }
    public IReadOnlyList<CallAuditEntry> Missed { get; init; } = [];
}
