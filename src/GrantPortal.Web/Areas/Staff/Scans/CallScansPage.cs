using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.Documents.Scans;

namespace GrantPortal.Web.Areas.Staff.Scans;

/// <summary>The scans of a call's submitted applications, filtered by status (null: all), with the count per status.</summary>
public sealed record CallScansPage(GrantCall Call, IReadOnlyList<CallScanRow> Rows, ScanCheckStatus? Filter, IReadOnlyDictionary<ScanCheckStatus, int> Counts);

public sealed record CallScanRow(Guid ApplicationId, string Number, string Title, string OrganizationName, string CategoryCode, ScanCheck Check);
