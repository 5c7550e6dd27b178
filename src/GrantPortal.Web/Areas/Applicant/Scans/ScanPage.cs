using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Documents;

namespace GrantPortal.Web.Areas.Applicant.Scans;

/// <summary>The applicant's scan page: the application, its latest code, and the scans uploaded (newest first) with their verdicts.</summary>
public sealed record ScanPage(GrantApplication Application, ApplicationSubmission Latest, IReadOnlyList<(SealedScan Scan, string FileName, ScanVerdict Verdict)> Scans, ScanForm Form);
