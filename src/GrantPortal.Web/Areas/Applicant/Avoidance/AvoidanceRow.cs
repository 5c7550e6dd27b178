namespace GrantPortal.Web.Areas.Applicant.Avoidance;

/// <summary>One expert the applicant asks to avoid, as typed.</summary>
public sealed class AvoidanceRow
{
    public string? Name { get; set; }
    public string? Organization { get; set; }
    public string? Reason { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Organization) && string.IsNullOrWhiteSpace(Reason);
}
