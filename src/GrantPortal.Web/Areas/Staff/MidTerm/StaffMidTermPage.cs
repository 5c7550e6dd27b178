using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Progress;
using GrantPortal.Web.Areas.Staff.Progress;

namespace GrantPortal.Web.Areas.Staff.MidTerm;

/// <summary>The staff's mid-term page: the award, its report (if any), the attachments and the evaluation form.</summary>
public sealed record StaffMidTermPage(Award Award, MidTermReport? Report, IReadOnlyList<AttachmentLink> Files, EvaluationForm Form);
