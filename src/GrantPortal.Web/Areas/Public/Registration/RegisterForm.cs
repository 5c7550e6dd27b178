using GrantPortal.Domain.Organizations;

namespace GrantPortal.Web.Areas.Public.Registration;

/// <summary>申报单位注册: the organisation, and (unless already signed in) its first user.</summary>
public sealed class RegisterForm
{
    public string OrganizationName { get; set; } = "";
    public ApplicantType? ApplicantType { get; set; }
    public string CreditCode { get; set; } = "";
    public string? Address { get; set; }
    public string ContactName { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public string ContactEmail { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}
