using GrantPortal.Domain.Awards;

namespace GrantPortal.Web.Areas.Applicant.MyAwards;

/// <summary>An award of the applicant's organisation with the title of its call.</summary>
public sealed record MyAwardRow(Award Award, string CallTitle);
