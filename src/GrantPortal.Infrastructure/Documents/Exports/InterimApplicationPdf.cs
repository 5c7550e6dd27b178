using System.Globalization;
using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Common;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GrantPortal.Infrastructure.Documents.Exports;

/// <summary>
/// TEMPORARY (issue 5 part B, until the real layout of part A is merged): a one-page stand-in for the application
/// form PDF with the number, title, version and verification code, so that exports and their tests run. The merger
/// deletes this file and registers the real <see cref="IApplicationPdf"/>.
/// </summary>
public sealed class InterimApplicationPdf(PortalDbContext db) : IApplicationPdf
{
    public async Task<RenderedPdf?> RenderAsync(Guid applicationId, int? version, CancellationToken cancellationToken = default)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Submissions)
            .SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        var submission = application?.Submissions
            .Where(s => version is null || s.Version == version)
            .OrderByDescending(s => s.Version).FirstOrDefault();
        if (application is null || submission is null)
        {
            return null;
        }
        PdfFonts.EnsureConfigured();
        using var document = new PdfDocument();
        document.Info.Title = submission.Title;
        var page = document.AddPage();
        page.Size = PageSize.A4;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var title = new XFont(PdfFonts.Family, 18, XFontStyleEx.Bold);
            var text = new XFont(PdfFonts.Family, 11);
            var brush = XBrushes.Black;
            gfx.DrawString($"申报编号：{application.Number}　第 {submission.Version} 版　校验码：{VerificationCode.Display(submission.VerificationCode)}", text, brush, 50, 50);
            gfx.DrawString("项目申报书", title, brush, new XRect(0, 180, page.Width.Point, 30), XStringFormats.TopCenter);
            gfx.DrawString(submission.Title, text, brush, new XRect(0, 230, page.Width.Point, 20), XStringFormats.TopCenter);
            gfx.DrawString("提交时间：" + BeijingTime.ToBeijing(submission.SubmittedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                text, brush, new XRect(0, 260, page.Width.Point, 20), XStringFormats.TopCenter);
            gfx.DrawString("第 1 页 共 1 页", text, brush, new XRect(0, page.Height.Point - 40, page.Width.Point, 20), XStringFormats.TopCenter);
        }
        using var output = new MemoryStream();
        await document.SaveAsync(output);
        return new RenderedPdf(output.ToArray(), $"{application.Number}-{submission.Title}.pdf", application.Number ?? "", submission.Version, submission.VerificationCode);
    }
}
