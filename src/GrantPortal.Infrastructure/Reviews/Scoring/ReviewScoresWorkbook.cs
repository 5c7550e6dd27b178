using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GrantPortal.Domain.Reviews;

namespace GrantPortal.Infrastructure.Reviews.Scoring;

/// <summary>
/// 评分汇总表 (.xlsx): sheet “评分明细”, one row per submitted score (application, reviewer, each criterion, total,
/// recommendation, suggested amount, comment); sheet “项目汇总”, one row per application (reviews, mean, highest and
/// lowest total, mean suggested amount). Numbers are numbers, amounts in yuan.
/// </summary>
public static class ReviewScoresWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Build(ReviewScoresData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        // Criteria columns: every key used by a category's form, in first-seen order.
        var criteria = new List<ReviewCriterion>();
        foreach (var criterion in data.Categories.SelectMany(c => c.Form.Content.Criteria))
        {
            if (!criteria.Any(c => c.Key == criterion.Key))
            {
                criteria.Add(criterion);
            }
        }

        var detail = new List<IReadOnlyList<object?>>
        {
            new List<object?> { "申报编号", "项目名称", "申报单位", "类别", "评审专家", "专家类型" }
                .Concat(criteria.Select(c => (object?)$"{c.Name}（满分{Number(c.MaxScore)}，权重{Number(c.Weight)}%）"))
                .Concat(["加权总分", "评审建议", "建议金额（元）", "评审意见", "提交时间（北京时间）", "是否逾期"]).ToList(),
        };
        var summary = new List<IReadOnlyList<object?>>
        {
            new List<object?> { "申报编号", "项目名称", "申报单位", "类别", "评审专家数", "已提交评分", "平均分", "最高分", "最低分", "平均建议金额（元）" },
        };
        foreach (var application in data.Applications)
        {
            foreach (var score in application.Scores)
            {
                detail.Add(new List<object?> { application.Number, application.Title, application.Organization, application.CategoryCode, score.Expert, TypeName(score.Type) }
                    .Concat(criteria.Select(c => score.Scores.TryGetValue(c.Key, out var points) ? (object?)points : null))
                    .Concat([score.Total, RecommendationName(score.Recommendation), score.SuggestedAmount, score.Comment,
                        Domain.Common.BeijingTime.ToBeijing(score.SubmittedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), score.Late ? "是" : "否"])
                    .ToList());
            }
            summary.Add(
            [
                application.Number, application.Title, application.Organization, application.CategoryCode, application.Assigned, application.Scores.Count,
                application.MeanTotal, application.Scores.Count == 0 ? null : application.Scores.Max(s => s.Total),
                application.Scores.Count == 0 ? null : application.Scores.Min(s => s.Total), application.MeanSuggestedAmount,
            ]);
        }

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            AddSheet(workbook, sheets, 1, "评分明细", detail);
            AddSheet(workbook, sheets, 2, "项目汇总", summary);
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    public static string TypeName(ExpertType type) => type switch
    {
        ExpertType.Technical => "技术专家",
        ExpertType.Financial => "财务专家",
        ExpertType.Management => "管理专家",
        _ => type.ToString(),
    };

    public static string RecommendationName(ReviewRecommendation recommendation) => recommendation switch
    {
        ReviewRecommendation.Support => "建议资助",
        ReviewRecommendation.SupportWithChanges => "修改后资助",
        ReviewRecommendation.DoNotSupport => "不建议资助",
        _ => recommendation.ToString(),
    };

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var values in rows)
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
        sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)) },
        int i => new Cell { DataType = CellValues.Number, CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture)) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "") { Space = SpaceProcessingModeValues.Preserve }) },
    };

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
