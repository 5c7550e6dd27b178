namespace GrantPortal.Web.Areas.Applicant.Apply;

/// <summary>可申报项目: open and coming calls first, closed ones after.</summary>
public sealed record ApplyPage(string OrganizationName, IReadOnlyList<CallOffer> Current, IReadOnlyList<CallOffer> Closed);
