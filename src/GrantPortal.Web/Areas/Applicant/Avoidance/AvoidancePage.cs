using GrantPortal.Domain.Applications;

namespace GrantPortal.Web.Areas.Applicant.Avoidance;

/// <summary>The page: the application, whether it may still be changed, and the form.</summary>
public sealed record AvoidancePage(GrantApplication Application, bool Editable, AvoidanceForm Form);
