using GrantPortal.Web.Areas.Staff.Progress;

namespace GrantPortal.Web.Areas.Applicant.ChangeRequests;

/// <summary>The new change request form, with the award's requests so far.</summary>
public sealed record NewChangePage(ChangesPage Changes, ChangeRequestForm Form);
