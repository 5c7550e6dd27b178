using GrantPortal.Web.Views.Shared.Forms;

namespace GrantPortal.Web.Areas.Applicant.Applications;

/// <summary>
/// The form page: the application's header, its form with the answers (as saved, or as posted when a save was refused),
/// the revision the editor works from and, after a refused save, why.
/// </summary>
public sealed record EditViewModel(ApplicationContext Context, ApplicationFormModel Form, int Revision, string? Error, string Tenant, DateTimeOffset Now)
{
    public string Url => $"/{Tenant}/my/applications/{Context.Application.Id}";
}
