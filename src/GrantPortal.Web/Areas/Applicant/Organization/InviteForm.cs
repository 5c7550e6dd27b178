namespace GrantPortal.Web.Areas.Applicant.Organization;

/// <summary>The owner invites a person to act for the organisation.</summary>
public sealed class InviteForm
{
    public string Email { get; set; } = "";
}
