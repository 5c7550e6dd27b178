using GrantPortal.Infrastructure.Awards;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GrantPortal.Web.Areas.Staff.Dashboard;

/// <summary>统计 of a call for staff: charts and tables per category, exportable as XLSX and CSV.</summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class DashboardController(PortalDbContext db) : Controller
{
    [HttpGet("/{tenant}/staff/calls/{id:guid}/dashboard")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken)
    {
        var dashboard = await CallDashboard.LoadAsync(db, id, cancellationToken);
        return dashboard is null ? NotFound() : View(dashboard);
    }

    [HttpGet("/{tenant}/staff/calls/{id:guid}/dashboard.csv")]
    public async Task<IActionResult> Csv(Guid id, CancellationToken cancellationToken)
    {
        var dashboard = await CallDashboard.LoadAsync(db, id, cancellationToken);
        return dashboard is null ? NotFound() : FileDownload.Send(this, TableExport.Csv(DashboardExport.Sheets(dashboard)), TableExport.CsvContentType, FileName(dashboard, "csv"));
    }

    [HttpGet("/{tenant}/staff/calls/{id:guid}/dashboard.xlsx")]
    public async Task<IActionResult> Xlsx(Guid id, CancellationToken cancellationToken)
    {
        var dashboard = await CallDashboard.LoadAsync(db, id, cancellationToken);
        return dashboard is null ? NotFound() : FileDownload.Send(this, TableExport.Xlsx(DashboardExport.Sheets(dashboard)), TableExport.XlsxContentType, FileName(dashboard, "xlsx"));
    }

    private static string FileName(CallDashboard dashboard, string extension) =>
        $"{dashboard.Call.Year}-{dashboard.Call.Title}-统计.{extension}".Replace('/', '-').Replace('\\', '-');
}
