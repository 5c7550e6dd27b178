using GrantPortal.Infrastructure.Awards;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GrantPortal.Web.Areas.Staff.Ledger;

/// <summary>资金台账 of a call: per category and in total against the caps; as a page, CSV (UTF-8 with BOM) and XLSX.</summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class LedgerController(PortalDbContext db) : Controller
{
    [HttpGet("/{tenant}/staff/calls/{id:guid}/ledger")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken)
    {
        var ledger = await CallLedger.LoadAsync(db, id, cancellationToken);
        return ledger is null ? NotFound() : View(ledger);
    }

    [HttpGet("/{tenant}/staff/calls/{id:guid}/ledger.csv")]
    public async Task<IActionResult> Csv(Guid id, CancellationToken cancellationToken)
    {
        var ledger = await CallLedger.LoadAsync(db, id, cancellationToken);
        return ledger is null ? NotFound() : FileDownload.Send(this, TableExport.Csv(LedgerExport.Sheets(ledger)), TableExport.CsvContentType, FileName(ledger, "csv"));
    }

    [HttpGet("/{tenant}/staff/calls/{id:guid}/ledger.xlsx")]
    public async Task<IActionResult> Xlsx(Guid id, CancellationToken cancellationToken)
    {
        var ledger = await CallLedger.LoadAsync(db, id, cancellationToken);
        return ledger is null ? NotFound() : FileDownload.Send(this, TableExport.Xlsx(LedgerExport.Sheets(ledger)), TableExport.XlsxContentType, FileName(ledger, "xlsx"));
    }

    private static string FileName(CallLedger ledger, string extension) =>
        $"{ledger.Call.Year}-{ledger.Call.Title}-资金台账.{extension}".Replace('/', '-').Replace('\\', '-');
}
