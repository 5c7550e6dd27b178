using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GrantPortal.Infrastructure.Awards;

/// <summary>
/// Tables as files staff open in Excel: CSV in UTF-8 with a byte-order mark (so Excel reads the Chinese) and CRLF line
/// ends, sheets one after another with a blank line between; or an .xlsx workbook whose numbers are numbers.
/// </summary>
public static class TableExport
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";

    public static byte[] Csv(IReadOnlyList<ExportSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var text = new StringBuilder();
        for (var i = 0; i < sheets.Count; i++)
        {
            if (i > 0)
            {
                text.Append("\r\n");
            }
            if (sheets.Count > 1)
            {
                text.Append(Field(sheets[i].Name)).Append("\r\n");
            }
            foreach (var row in sheets[i].Rows)
            {
                text.AppendJoin(',', row.Select(v => Field(Text(v)))).Append("\r\n");
            }
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(IReadOnlyList<ExportSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var values in sheet.Rows)
                {
                    var row = new Row();
                    foreach (var value in values)
                    {
                        row.AppendChild(Cell(value));
                    }
                    data.AppendChild(row);
                }
                part.Worksheet = new Worksheet(data);
                part.Worksheet.Save();
                list.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString("0.00", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Field(string value)
    {
        // A leading =, +, - or @ would make Excel run a formula from data typed by applicants.
        if (value.Length > 0 && "=+@".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)) },
        int i => new Cell { DataType = CellValues.Number, CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture)) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "") { Space = SpaceProcessingModeValues.Preserve }) },
    };
}
