using System.Globalization;
using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Forms;
using GrantPortal.Infrastructure.Documents.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GrantPortal.Infrastructure.Documents;

/// <summary>
/// Lays out the official application form (申报书) of one submitted version as an A4 PDF: a cover page, the form's
/// sections as bordered tables in the schema's order, the sign-off blocks with signature lines, seal box and date;
/// on every page the number, version, verification code and its QR code, and "第 X 页 共 Y 页". Pure: the same model
/// gives the same pages (only the creation date differs).
/// </summary>
public static class ApplicationPdfLayout
{
    private const double LabelShare = 0.26;

    /// <summary>Renders <paramref name="model"/>; <paramref name="createdAt"/> goes into the document information.</summary>
    public static byte[] Render(ApplicationPdfModel model, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(model);
        PdfFonts.EnsureConfigured();
        using var document = new PdfDocument();
        document.Info.Title = $"{model.Schema.Title} {model.Number} 第{model.Version}版";
        document.Info.Author = model.AssociationName;
        document.Info.Subject = model.CallTitle;
        document.Info.Creator = "GrantPortal";
        document.Info.CreationDate = createdAt.UtcDateTime;
        document.Info.ModificationDate = createdAt.UtcDateTime;
        var qr = new QrCodeDrawing(model.VerifyUrl);
        PdfPageWriter? writer = null;
        writer = new PdfPageWriter(document, graphics => Header(writer!, graphics, model, qr));
        using (writer)
        {
            var tables = new TableWriter(writer);
            Cover(writer, model);
            writer.NewPage();
            foreach (var section in model.Schema.Sections)
            {
                Section(writer, tables, model, section);
            }
            foreach (var block in model.Schema.SignOffBlocks)
            {
                SignOff(writer, block);
            }
            writer.Finish();
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static void Header(PdfPageWriter writer, XGraphics graphics, ApplicationPdfModel model, QrCodeDrawing qr)
    {
        var size = PdfPageWriter.Mm(18);
        var top = PdfPageWriter.Mm(9);
        qr.Draw(graphics, writer.Right - size, top, size);
        var font = writer.Font(9);
        var small = writer.Font(7);
        var x = writer.Left;
        graphics.DrawString($"申报编号：{model.Number}　　版本：第 {model.Version.ToString(CultureInfo.InvariantCulture)} 版", font, XBrushes.Black, x, top + 3, XStringFormats.TopLeft);
        graphics.DrawString($"校验码：{VerificationCode.Display(model.VerificationCode)}", font, XBrushes.Black, x, top + 17, XStringFormats.TopLeft);
        graphics.DrawString($"扫描右侧二维码或访问 {model.VerifyUrl} 核验本文件", small, XBrushes.DimGray, x, top + 32, XStringFormats.TopLeft);
        var line = top + size + 2;
        graphics.DrawLine(new XPen(XColors.Black, 0.5), writer.Left, line, writer.Right, line);
    }

    private static void Cover(PdfPageWriter writer, ApplicationPdfModel model)
    {
        writer.NewPage();
        if (model.Schema.Attachment is { Length: > 0 } attachment)
        {
            writer.Text(attachment, writer.Font(12), writer.Left, writer.Y);
        }
        writer.Y = PdfPageWriter.Mm(58);
        var callFont = writer.Font(14);
        foreach (var line in writer.Wrap(model.CallTitle, callFont, writer.Width))
        {
            writer.CenteredText(line, callFont, writer.Y);
            writer.Y += PdfPageWriter.LineHeight(callFont);
        }
        writer.Y += 12;
        var titleFont = writer.Font(24, bold: true);
        foreach (var line in writer.Wrap(model.Schema.Title, titleFont, writer.Width))
        {
            writer.CenteredText(line, titleFont, writer.Y);
            writer.Y += PdfPageWriter.LineHeight(titleFont);
        }

        writer.Y = PdfPageWriter.Mm(120);
        var rows = new List<(string Label, string Value)>
        {
            ("项目名称", model.Title),
            ("申报单位（盖章）", model.OrganizationName),
            ("申报类别", $"{model.CategoryCode}　{model.CategoryName}"),
            ("申报编号", model.Number),
            ("版　　本", $"第 {model.Version.ToString(CultureInfo.InvariantCulture)} 版"),
            ("提交时间", BeijingTime.ToBeijing(model.SubmittedAt).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture) + "（北京时间）"),
        };
        if (model.RequestedAmount is { } amount)
        {
            rows.Add(("申请经费", FieldText.Yuan(amount)));
        }
        var font = writer.Font(13);
        var lineHeight = PdfPageWriter.LineHeight(font) + 4;
        var labelX = writer.Left + PdfPageWriter.Mm(12);
        var valueX = labelX + rows.Max(r => writer.Measure(r.Label + "：", font)) + 4;
        var valueWidth = writer.Right - PdfPageWriter.Mm(12) - valueX;
        var pen = new XPen(XColors.Black, 0.5);
        foreach (var (label, value) in rows)
        {
            writer.Text(label + "：", font, labelX, writer.Y);
            var lines = writer.Wrap(value, font, valueWidth);
            foreach (var line in lines.DefaultIfEmpty(""))
            {
                writer.Text(line, font, valueX, writer.Y);
                writer.Graphics.DrawLine(pen, valueX, writer.Y + font.Size + 5, valueX + valueWidth, writer.Y + font.Size + 5);
                writer.Y += lineHeight;
            }
            writer.Y += 4;
        }

        var footFont = writer.Font(15);
        writer.Y = PdfPageWriter.Mm(230);
        writer.CenteredText(model.AssociationName, footFont, writer.Y);
        writer.Y += PdfPageWriter.LineHeight(footFont) + 4;
        var date = BeijingTime.ToBeijing(model.SubmittedAt);
        writer.CenteredText(string.Format(CultureInfo.InvariantCulture, "{0} 年 {1} 月 {2} 日", date.Year, date.Month, date.Day), footFont, writer.Y);
    }

    private static void Section(PdfPageWriter writer, TableWriter tables, ApplicationPdfModel model, FormSection section)
    {
        var fields = section.Fields.Where(f => Shown(f, model.Values)).ToList();
        if (fields.Count == 0)
        {
            return;
        }
        var titleFont = writer.Font(12, bold: true);
        var font = writer.Font(10.5);
        var width = writer.Width;
        // Keep the section's title with the start of its first row.
        writer.EnsureSpace(2 * TableWriter.Padding + PdfPageWriter.LineHeight(titleFont) + 2 * TableWriter.Padding + 2 * PdfPageWriter.LineHeight(font));
        tables.Row([width], [new TableCell(tables.Lines(section.Title, titleFont, width), titleFont, CellAlign.Left, Shaded: true)]);
        var labelWidth = Math.Round(width * LabelShare, 1);
        var valueWidth = width - labelWidth;
        foreach (var field in fields)
        {
            if (field.Type == FieldType.Table)
            {
                Table(writer, tables, model, field, font);
                continue;
            }
            var value = field.Type == FieldType.Person
                ? FieldText.Person(field.Key, model.Values)
                : FieldText.Format(field.Type, field.Options, model.Values.GetValueOrDefault(field.Key), model.FileNames);
            tables.Row(
                [labelWidth, valueWidth],
                [
                    new TableCell(tables.Lines(field.Label, font, labelWidth), font, CellAlign.Left, Shaded: true),
                    new TableCell(tables.Lines(value, font, valueWidth), font),
                ],
                minHeight: field.Type == FieldType.LongText ? 2 * TableWriter.Padding + 3 * PdfPageWriter.LineHeight(font) : 0);
        }
        writer.Y += 10;
    }

    private static void Table(PdfPageWriter writer, TableWriter tables, ApplicationPdfModel model, FormField field, XFont font)
    {
        var width = writer.Width;
        var small = writer.Font(9.5);
        var bold = writer.Font(9.5, bold: true);
        var rows = TableRows(field, model.Values);
        var cells = Enumerable.Range(0, rows)
            .Select(r => field.Columns.Select(c => FieldText.Format(c.Type, c.Options, model.Values.GetValueOrDefault($"{field.Key}.{r}.{c.Key}"), model.FileNames)).ToList())
            .ToList();
        var widths = ColumnWidths(writer, field, cells, small, width);
        var header = new List<TableCell> { new(["序号"], bold, CellAlign.Center, Shaded: true) };
        header.AddRange(field.Columns.Select((c, i) => new TableCell(tables.Lines(c.Label, bold, widths[i + 1]), bold, CellAlign.Center, Shaded: true)));
        void Header() => tables.Row(widths, header);

        // The field's label over the table, kept with the header row and a first row.
        writer.EnsureSpace(3 * (2 * TableWriter.Padding + PdfPageWriter.LineHeight(font)));
        tables.Row([width], [new TableCell(tables.Lines(field.Label, font, width), font, CellAlign.Left, Shaded: true)]);
        Header();
        for (var r = 0; r < rows; r++)
        {
            var row = new List<TableCell> { new([(r + 1).ToString(CultureInfo.InvariantCulture)], small, CellAlign.Center) };
            row.AddRange(field.Columns.Select((c, i) => new TableCell(
                tables.Lines(cells[r][i], small, widths[i + 1]), small, IsNumber(c.Type) ? CellAlign.Right : CellAlign.Left)));
            tables.Row(widths, row, Header);
        }
        if (field.Columns.Any(c => c.Total))
        {
            var total = new List<TableCell> { new(["合计"], bold, CellAlign.Center, Shaded: true) };
            total.AddRange(field.Columns.Select((c, i) =>
            {
                if (!c.Total)
                {
                    return new TableCell([], small, CellAlign.Left, Shaded: true);
                }
                var sum = Enumerable.Range(0, rows)
                    .Select(r => decimal.TryParse(model.Values.GetValueOrDefault($"{field.Key}.{r}.{c.Key}"), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : 0m)
                    .Sum();
                var text = c.Type == FieldType.Money ? FieldText.Yuan(sum) : sum.ToString("#,0.##", CultureInfo.InvariantCulture);
                return new TableCell(tables.Lines(text, bold, widths[i + 1]), bold, CellAlign.Right, Shaded: true);
            }));
            tables.Row(widths, total, Header);
        }
    }

    private static bool IsNumber(FieldType type) => type is FieldType.Money or FieldType.Number;

    /// <summary>The rows a table has: as many as have values, at least its minimum and at least one.</summary>
    internal static int TableRows(FormField field, IReadOnlyDictionary<string, string> values)
    {
        var prefix = field.Key + ".";
        var rows = values.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => k[prefix.Length..].Split('.')[0])
            .Select(r => int.TryParse(r, CultureInfo.InvariantCulture, out var n) ? n + 1 : 0)
            .DefaultIfEmpty(0).Max();
        return Math.Max(Math.Max(rows, field.MinRows ?? 0), 1);
    }

    /// <summary>A narrow number column, then the columns shared by what they hold (header and content), none too narrow.</summary>
    private static double[] ColumnWidths(PdfPageWriter writer, FormField field, List<List<string>> cells, XFont font, double width)
    {
        const double numberColumn = 30;
        const double minimum = 48;
        var weights = field.Columns.Select((c, i) =>
        {
            var header = writer.Measure(c.Label, font);
            var content = cells.Count == 0 ? 0 : cells.Max(r => writer.Measure(r[i], font));
            return Math.Max(Math.Min(header, 120), Math.Min(content, 220)) + 12;
        }).ToArray();
        var available = width - numberColumn;
        var sum = weights.Sum();
        var widths = weights.Select(w => Math.Max(minimum, available * w / sum)).ToArray();
        var scale = available / widths.Sum();
        return [numberColumn, .. widths.Select(w => w * scale)];
    }

    private static bool Shown(FormField field, IReadOnlyDictionary<string, string> values) =>
        field.ShowWhen is not { } when
        || (values.GetValueOrDefault(when.Field) ?? "").Split('\n').Contains(when.EqualsValue, StringComparer.Ordinal);

    private static void SignOff(PdfPageWriter writer, SignOffBlock block)
    {
        var titleFont = writer.Font(12, bold: true);
        var font = writer.Font(11);
        var height = PdfPageWriter.Mm(70);
        writer.EnsureSpace(height);
        var top = writer.Y;
        var graphics = writer.Graphics;
        graphics.DrawRectangle(new XPen(XColors.Black, 0.6), writer.Left, top, writer.Width, height);
        var x = writer.Left + 8;
        writer.Text(block.Title, titleFont, x, top + 8);
        var y = top + 8 + PdfPageWriter.LineHeight(titleFont);
        if (block.FilledBy == SignOffParty.Applicant)
        {
            foreach (var line in writer.Wrap("本单位承诺：申报书所填内容真实、准确，打印盖章的纸质申报书与系统中提交的电子版内容一致。", font, writer.Width - 16))
            {
                writer.Text(line, font, x, y);
                y += PdfPageWriter.LineHeight(font);
            }
        }

        var seal = PdfPageWriter.Mm(36);
        var sealX = writer.Right - seal - PdfPageWriter.Mm(14);
        var sealY = top + height - seal - PdfPageWriter.Mm(12);
        if (block.Seal)
        {
            var dashed = new XPen(XColors.Gray, 0.6) { DashStyle = XDashStyle.Dash };
            graphics.DrawRectangle(dashed, sealX, sealY, seal, seal);
            var sealFont = writer.Font(11);
            var label = "单位公章";
            writer.Text(label, sealFont, sealX + (seal - writer.Measure(label, sealFont)) / 2, sealY + seal / 2 - sealFont.Size / 2, XBrushes.Gray);
        }
        var signatureY = top + height - PdfPageWriter.Mm(26);
        var signatures = block.Signatures.Count > 0 ? block.Signatures : ["负责人签字"];
        for (var i = signatures.Count - 1; i >= 0; i--)
        {
            var text = signatures[i] + "：";
            writer.Text(text, font, x, signatureY);
            var lineX = x + writer.Measure(text, font);
            graphics.DrawLine(new XPen(XColors.Black, 0.5), lineX, signatureY + font.Size + 3, lineX + PdfPageWriter.Mm(40), signatureY + font.Size + 3);
            signatureY -= PdfPageWriter.LineHeight(font) + 6;
        }
        if (block.Dated)
        {
            var date = "年　　月　　日";
            writer.Text(date, font, writer.Right - PdfPageWriter.Mm(10) - writer.Measure(date, font), top + height - PdfPageWriter.Mm(9));
        }
        writer.Y = top + height + 10;
    }
}
