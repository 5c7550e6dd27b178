using GrantPortal.Domain.Agreements;
using GrantPortal.Domain.Awards;

namespace GrantPortal.Web.Areas.Staff.Agreements;

/// <summary>The staff agreement page: the award, its agreement (null before the first draft) and the forms as typed.</summary>
public sealed record StaffAgreementPage(Award Award, TaskAgreement? Agreement, TermsForm Terms, AgreementReasonForm Amend, AgreementReasonForm Return);
