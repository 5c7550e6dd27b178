using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Documents;
using GrantPortal.Infrastructure.Documents.Scans;

namespace GrantPortal.Web.Areas.Staff.Scans;

/// <summary>One application's sealed scans for staff: the latest with its verdict and the file, the history, and who decided.</summary>
public sealed record StaffScanPage(
    GrantApplication Application, GrantCall Call, GrantCategory Category, string OrganizationName,
    ScanCheck Current, StaffScanRow? Latest, IReadOnlyList<StaffScanRow> History, IReadOnlyDictionary<Guid, string> People)
{
    public string? ReasonError { get; init; }
    public string? Reason { get; init; }
    public string? ActionError { get; init; }

    public string Person(Guid? id) => id is { } known && People.TryGetValue(known, out var name) ? name : "—";
}

/// <summary>A scan with its file's description and its verdict now.</summary>
public sealed record StaffScanRow(SealedScan Scan, string FileName, string ContentType, long Size, ScanVerdict Verdict)
{
    public bool IsImage => ContentType is "image/png" or "image/jpeg";
}
