using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Rules;

/// <summary>One row of the debarment table: for what, for how many years. A row left blank, or ticked for removal, is dropped.</summary>
public sealed class DebarmentRow
{
    public DebarmentReason? Reason { get; set; }
    public int? Years { get; set; }
    public string? Note { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => Reason is null && Years is null && string.IsNullOrWhiteSpace(Note);
    public bool Kept => !Remove && !IsBlank;
}
