namespace GrantPortal.Web.Areas.Applicant.Pdf;

/// <summary>No PDF to give: the application was never submitted, or has no such version; where to go back to.</summary>
public sealed record NotSubmittedViewModel(string BackUrl, int? Version);
