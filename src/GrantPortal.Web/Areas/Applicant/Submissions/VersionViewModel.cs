using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Web.Areas.Applicant.Submissions;

/// <summary>One submitted version, read-only, on the form version it was filled in.</summary>
public sealed record VersionViewModel(GrantApplication Application, ApplicationSubmission Submission, FormSchema Schema, bool IsLatest);
