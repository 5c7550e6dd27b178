using System.Globalization;
using System.IO.Compression;
using System.Text;
using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Documents;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Documents.Scans;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Documents.Exports;

/// <summary>
/// Makes an export for the current tenant: the submitted applications of the scope (latest version each), each
/// rendered through <see cref="IApplicationPdf"/>, sealed and signed (<see cref="SealedPdf"/>), in a ZIP with UTF-8
/// entry names <c>{number}-{title}.pdf</c> and <c>index.csv</c> (UTF-8 with BOM, so Excel reads the Chinese).
/// Used by the background worker and the operator command alike.
/// </summary>
public sealed class ExportBuilder(PortalDbContext db, TenantContext tenant, IApplicationPdf pdfs, SealedPdf sealer, SealedScanStatus scans, TimeProvider time)
{
    public const string IndexName = "index.csv";

    private static readonly string[] Header = ["序号", "申报编号", "类别代码", "类别", "项目名称", "申报单位", "版本", "提交时间", "校验码", "扫描件状态", "文件名"];

    /// <summary>The submitted applications of the scope (not drafts, not withdrawn), by category code and number.</summary>
    public async Task<IReadOnlyList<ExportItem>> ItemsAsync(ExportScope scope, Guid scopeId, CancellationToken cancellationToken = default)
    {
        var applications = db.Applications.AsNoTracking()
            .Where(a => a.Number != null && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn);
        applications = scope switch
        {
            ExportScope.Application => applications.Where(a => a.Id == scopeId),
            ExportScope.Category => applications.Where(a => a.CategoryId == scopeId),
            _ => applications.Where(a => a.CallId == scopeId),
        };
        var rows = await (
            from a in applications
            join o in db.Organizations on a.OrganizationId equals o.Id
            join g in db.Categories on a.CategoryId equals g.Id
            let s = db.ApplicationSubmissions.Where(s => s.ApplicationId == a.Id).OrderByDescending(s => s.Version).First()
            orderby g.Code, a.Number
            select new ExportItem(a.Id, a.Number!, g.Code, g.Name, s.Title, o.Name, s.Version, s.SubmittedAt, s.VerificationCode))
            .ToListAsync(cancellationToken);
        return rows;
    }

    /// <summary>
    /// Writes the ZIP of <paramref name="items"/> to <paramref name="output"/>, calling <paramref name="progress"/> with the
    /// number of documents done after each one.
    /// </summary>
    public async Task WriteZipAsync(IReadOnlyList<ExportItem> items, Stream output, Func<int, Task> progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(progress);
        var association = tenant.Association ?? throw new InvalidOperationException("No tenant.");
        var statuses = await scans.ForApplicationsAsync(items.Select(i => i.ApplicationId).ToList(), cancellationToken);
        var sealedAt = time.GetUtcNow();
        var index = new StringBuilder();
        index.Append(string.Join(',', Header)).Append("\r\n");
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { IndexName };
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8))
        {
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var rendered = await pdfs.RenderAsync(item.ApplicationId, item.Version, cancellationToken)
                    ?? throw new InvalidOperationException($"The PDF of {item.Number} version {item.Version} could not be made.");
                var signed = await sealer.SealAndSignAsync(rendered.Content, association, sealedAt, cancellationToken);
                var name = UniqueName(names, EntryName(item.Number, item.Title));
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                await using (var stream = await entry.OpenAsync(cancellationToken))
                {
                    await stream.WriteAsync(signed, cancellationToken);
                }
                index.Append(string.Join(',', new[]
                {
                    (i + 1).ToString(CultureInfo.InvariantCulture), item.Number, item.CategoryCode, item.CategoryName, item.Title, item.OrganizationName,
                    item.Version.ToString(CultureInfo.InvariantCulture),
                    BeijingTime.ToBeijing(item.SubmittedAt).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    VerificationCode.Display(item.VerificationCode), statuses[item.ApplicationId].Describe(), name,
                }.Select(Csv))).Append("\r\n");
                await progress(i + 1);
            }
            var indexEntry = zip.CreateEntry(IndexName, CompressionLevel.Fastest);
            await using var indexStream = await indexEntry.OpenAsync(cancellationToken);
            await indexStream.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
            await indexStream.WriteAsync(Encoding.UTF8.GetBytes(index.ToString()), cancellationToken);
        }
    }

    /// <summary>"{number}-{title}.pdf" without characters file systems refuse, at most 120 characters.</summary>
    public static string EntryName(string number, string title)
    {
        var name = $"{number}-{title}";
        var clean = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            clean.Append(char.IsControl(c) || "\\/:*?\"<>|".Contains(c, StringComparison.Ordinal) ? '_' : c);
        }
        var text = clean.ToString().Trim().TrimEnd('.');
        return (text.Length > 120 ? text[..120] : text) + ".pdf";
    }

    private static string UniqueName(HashSet<string> names, string name)
    {
        var candidate = name;
        for (var n = 2; !names.Add(candidate); n++)
        {
            candidate = $"{Path.GetFileNameWithoutExtension(name)} ({n}).pdf";
        }
        return candidate;
    }

    /// <summary>A CSV field: quoted when needed; a leading = + - @ is defused so spreadsheets never run it as a formula.</summary>
    private static string Csv(string value)
    {
        var text = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
