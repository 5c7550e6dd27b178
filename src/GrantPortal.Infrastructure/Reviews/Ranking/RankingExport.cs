using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GrantPortal.Domain.Reviews;
using GrantPortal.Domain.Reviews.Ranking;

namespace GrantPortal.Infrastructure.Reviews.Ranking;

/// <summary>
/// 评审排序表: the ranking list as a spreadsheet (xlsx) or CSV (UTF-8 with BOM, so Excel reads the Chinese), one row per
/// application in rank order within each group, with the panel's decision when one was started.
/// </summary>
public static class RankingExport
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "类别编号", "类别名称", "名次", "申报编号", "项目名称", "申报单位", "各专家评分", "平均分", "标准化平均分", "意见分歧",
        "建议资助数", "申请金额（元）", "建议金额（元）", "分配结果", "决定", "决定金额（元）",
    ];

    /// <summary>The rows, text or numbers (decimal) cell by cell.</summary>
    public static IEnumerable<object?[]> Rows(CallRanking ranking, PanelDecision? decision)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var lines = decision?.Lines.ToDictionary(l => l.ApplicationId);
        foreach (var group in ranking.Groups)
        {
            foreach (var line in group.Lines)
            {
                var decided = lines?.GetValueOrDefault(line.Candidate.ApplicationId);
                yield return
                [
                    group.Node.Code, group.Node.Name, line.Rank is { } rank ? (decimal)rank : null, line.Candidate.Number, line.Candidate.Title,
                    line.Candidate.Applicant,
                    string.Join(" / ", line.Scores.Reviewers.Select(r => r.Total.ToString("0.00", CultureInfo.InvariantCulture))),
                    line.Scores.Mean, line.Scores.NormalisedMean, line.Scores.Disagreement ? "是" : "",
                    (decimal)line.Scores.SupportCount, line.Candidate.RequestedAmount, line.ProposedAmount,
                    line.Outcome switch
                    {
                        FundingOutcome.Funded => "拟资助",
                        FundingOutcome.Reserve => $"候补{line.ReserveOrder}",
                        _ => "不予资助",
                    },
                    decided is null ? "" : decided.Approved ? "立项" : "不立项",
                    decided?.Amount,
                ];
            }
        }
    }

    public static byte[] Csv(CallRanking ranking, PanelDecision? decision)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', Headers.Select(Quote))).Append("\r\n");
        foreach (var row in Rows(ranking, decision))
        {
            text.Append(string.Join(',', row.Select(cell => cell switch
            {
                null => "",
                decimal number => number.ToString("0.##", CultureInfo.InvariantCulture),
                _ => Quote(cell.ToString()!),
            }))).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(CallRanking ranking, PanelDecision? decision, string sheetName)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.AppendChild(Row(Headers));
            foreach (var row in Rows(ranking, decision))
            {
                data.AppendChild(Row(row));
            }
            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(sheetName) });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row Row(IEnumerable<object?> cells)
    {
        var row = new Row();
        foreach (var cell in cells)
        {
            row.AppendChild(cell switch
            {
                null => new Cell(),
                decimal number => new Cell { DataType = CellValues.Number, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cell.ToString()!) { Space = SpaceProcessingModeValues.Preserve }) },
            });
        }
        return row;
    }

    // Excel: at most 31 characters, none of : \ / ? * [ ].
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => !":\\/?*[]".Contains(c, StringComparison.Ordinal)).ToArray()).Trim();
        return clean.Length == 0 ? "排序" : clean[..Math.Min(31, clean.Length)];
    }

    private static string Quote(string text)
    {
        // A leading =, +, - or @ would make a spreadsheet read the cell as a formula.
        var safe = text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
