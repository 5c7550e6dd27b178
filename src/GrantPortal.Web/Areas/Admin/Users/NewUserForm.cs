using GrantPortal.Domain.Tenancy;

namespace GrantPortal.Web.Areas.Admin.Users;

/// <summary>An admin gives a person a staff, reviewer or admin role in this association, creating the account if new.</summary>
public sealed class NewUserForm
{
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public PortalRole? Role { get; set; }
    public string? InitialPassword { get; set; }
}
