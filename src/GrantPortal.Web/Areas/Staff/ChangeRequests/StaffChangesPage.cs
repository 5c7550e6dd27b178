using GrantPortal.Web.Areas.Staff.Progress;

namespace GrantPortal.Web.Areas.Staff.ChangeRequests;

/// <summary>The staff's change-request page: the award's requests and the decision form for the pending one.</summary>
public sealed record StaffChangesPage(ChangesPage Changes, DecisionForm Form);
