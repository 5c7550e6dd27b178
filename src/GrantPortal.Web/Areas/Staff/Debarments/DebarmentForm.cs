using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Debarments;

/// <summary>Staff record a debarment: the organisation, why, from when, and for how many years or until which date.</summary>
public sealed class DebarmentForm
{
    public Guid? OrganizationId { get; set; }
    public DebarmentReason? Reason { get; set; }
    public DateOnly? From { get; set; }
    public int? Years { get; set; }
    public DateOnly? Until { get; set; }
    public string? Note { get; set; }
}
