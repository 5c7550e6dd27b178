using System.Globalization;
using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Infrastructure.Documents.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GrantPortal.Infrastructure.Documents.Agreements;

/// <summary>
/// Lays out a task agreement version (项目任务书) as an A4 PDF: a cover, then 基本信息, 项目内容与考核指标, 进度安排,
/// 经费与拨付计划 (with 合计 equal to the award to the fen), 特别约定, and the sign-off blocks of the association and the
/// applicant with seal boxes and 年 月 日; on every page the version, the verification code and its QR code, and
/// "第 X 页 共 Y 页".
/// </summary>
internal static class TaskAgreementPdfLayout
{
    private const double LabelShare = 0.26;

    public static byte[] Render(TaskAgreementPdfModel model, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(model);
        PdfFonts.EnsureConfigured();
        var content = model.Content;
        using var document = new PdfDocument();
        document.Info.Title = $"项目任务书 {content.ApplicationNumber} 第{model.Version}版";
        document.Info.Author = model.AssociationName;
        document.Info.Subject = content.CallTitle;
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
            Basics(writer, tables, model);
            Indicators(writer, tables, content);
            Schedule(writer, tables, content);
            Money(writer, tables, content);
            Terms(writer, tables, model);
            SignOff(writer, $"甲方（资助单位）：{model.AssociationName}", "单位公章", model.CountersignedAt);
            SignOff(writer, $"乙方（承担单位）：{content.OrganizationName}", "单位公章", null);
            writer.Finish();
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>How the agreement names a tranche's condition.</summary>
    public static string Milestone(DisbursementMilestone milestone) => milestone switch
    {
        DisbursementMilestone.OnApproval => "立项后",
        DisbursementMilestone.AgreementSigned => "任务书签订后",
        DisbursementMilestone.MidTermEvaluation => "中期评估通过后",
        DisbursementMilestone.Acceptance => "验收通过后",
        _ => milestone.ToString(),
    };

    private static string Day(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static string Period(Domain.Agreements.AgreementContent content) => (content.PeriodStart, content.PeriodEnd) switch
    {
        ({ } start, { } end) => $"{Day(start)} 至 {Day(end)}",
        (null, { } end) => $"自任务书签订之日起至 {Day(end)}",
        ({ } start, null) => $"自 {Day(start)} 起{(content.PeriodNote is { } note ? "，" + note : "")}",
        _ => content.PeriodNote ?? "按申报通知的要求",
    };

    private static void Header(PdfPageWriter writer, XGraphics graphics, TaskAgreementPdfModel model, QrCodeDrawing qr)
    {
        var size = PdfPageWriter.Mm(18);
        var top = PdfPageWriter.Mm(9);
        qr.Draw(graphics, writer.Right - size, top, size);
        var font = writer.Font(9);
        var small = writer.Font(7);
        var x = writer.Left;
        graphics.DrawString($"项目任务书　申报编号：{model.Content.ApplicationNumber}　　版本：第 {model.Version.ToString(CultureInfo.InvariantCulture)} 版",
            font, XBrushes.Black, x, top + 3, XStringFormats.TopLeft);
        graphics.DrawString($"校验码：{VerificationCode.Display(model.VerificationCode)}", font, XBrushes.Black, x, top + 17, XStringFormats.TopLeft);
        graphics.DrawString($"扫描右侧二维码或访问 {model.VerifyUrl} 核验本文件", small, XBrushes.DimGray, x, top + 32, XStringFormats.TopLeft);
        var line = top + size + 2;
        graphics.DrawLine(new XPen(XColors.Black, 0.5), writer.Left, line, writer.Right, line);
    }

    private static void Cover(PdfPageWriter writer, TaskAgreementPdfModel model)
    {
        var content = model.Content;
        writer.NewPage();
        writer.Y = PdfPageWriter.Mm(58);
        var callFont = writer.Font(14);
        foreach (var line in writer.Wrap(content.CallTitle, callFont, writer.Width))
        {
            writer.CenteredText(line, callFont, writer.Y);
            writer.Y += PdfPageWriter.LineHeight(callFont);
        }
        writer.Y += 12;
        var titleFont = writer.Font(26, bold: true);
        writer.CenteredText("项目任务书", titleFont, writer.Y);
        writer.Y += PdfPageWriter.LineHeight(titleFont);

        writer.Y = PdfPageWriter.Mm(120);
        var date = BeijingTime.ToBeijing(model.Date);
        var rows = new List<(string Label, string Value)>
        {
            ("项目名称", content.ProjectTitle),
            ("承担单位（盖章）", content.OrganizationName),
            ("项目类别", $"{content.CategoryCode}　{content.CategoryName}"),
            ("立项编号/申报编号", content.ApplicationNumber),
            ("资助金额", FieldText.Yuan(content.Amount)),
            ("版　　本", model.Version == 1 ? "第 1 版" : $"第 {model.Version.ToString(CultureInfo.InvariantCulture)} 版（变更）"),
            ("日　　期", string.Format(CultureInfo.InvariantCulture, "{0}年{1}月{2}日", date.Year, date.Month, date.Day)),
        };
        var font = writer.Font(13);
        var lineHeight = PdfPageWriter.LineHeight(font) + 4;
        var labelX = writer.Left + PdfPageWriter.Mm(8);
        var valueX = labelX + rows.Max(r => writer.Measure(r.Label + "：", font)) + 4;
        var valueWidth = writer.Right - PdfPageWriter.Mm(8) - valueX;
        var pen = new XPen(XColors.Black, 0.5);
        foreach (var (label, value) in rows)
        {
            writer.Text(label + "：", font, labelX, writer.Y);
            foreach (var line in writer.Wrap(value, font, valueWidth).DefaultIfEmpty(""))
            {
                writer.Text(line, font, valueX, writer.Y);
                writer.Graphics.DrawLine(pen, valueX, writer.Y + font.Size + 5, valueX + valueWidth, writer.Y + font.Size + 5);
                writer.Y += lineHeight;
            }
            writer.Y += 4;
        }

        var footFont = writer.Font(15);
        writer.Y = PdfPageWriter.Mm(236);
        writer.CenteredText(model.AssociationName, footFont, writer.Y);
        writer.Y += PdfPageWriter.LineHeight(footFont) + 4;
        writer.CenteredText("年　　月　　日", footFont, writer.Y);
    }

    private static void Title(PdfPageWriter writer, TableWriter tables, string title)
    {
        var titleFont = writer.Font(12, bold: true);
        var font = writer.Font(10.5);
        writer.EnsureSpace(4 * TableWriter.Padding + PdfPageWriter.LineHeight(titleFont) + 2 * PdfPageWriter.LineHeight(font));
        tables.Row([writer.Width], [new TableCell(tables.Lines(title, titleFont, writer.Width), titleFont, CellAlign.Left, Shaded: true)]);
    }

    private static void LabelRows(PdfPageWriter writer, TableWriter tables, IEnumerable<(string Label, string Value)> rows)
    {
        var font = writer.Font(10.5);
        var labelWidth = Math.Round(writer.Width * LabelShare, 1);
        var valueWidth = writer.Width - labelWidth;
        foreach (var (label, value) in rows)
        {
            tables.Row(
                [labelWidth, valueWidth],
                [
                    new TableCell(tables.Lines(label, font, labelWidth), font, CellAlign.Left, Shaded: true),
                    new TableCell(tables.Lines(value, font, valueWidth), font),
                ]);
        }
    }

    private static void Basics(PdfPageWriter writer, TableWriter tables, TaskAgreementPdfModel model)
    {
        var content = model.Content;
        Title(writer, tables, "一、基本信息");
        LabelRows(writer, tables,
        [
            ("申报通知", content.CallTitle),
            ("项目类别", $"{content.CategoryCode}　{content.CategoryName}"),
            ("项目名称", content.ProjectTitle),
            ("承担单位", content.OrganizationName),
            ("立项编号/申报编号", content.ApplicationNumber),
            ("资助金额", FieldText.Yuan(content.Amount)),
            ("项目执行期", Period(content)),
        ]);
        writer.Y += 10;
    }

    private static void Indicators(PdfPageWriter writer, TableWriter tables, Domain.Agreements.AgreementContent content)
    {
        Title(writer, tables, "二、项目内容与考核指标");
        if (content.Summary is { Length: > 0 } summary)
        {
            LabelRows(writer, tables, [("项目内容", summary)]);
        }
        var font = writer.Font(10);
        var bold = writer.Font(10, bold: true);
        double[] widths = [30, Math.Round((writer.Width - 30) * 0.68, 1), 0];
        widths[2] = writer.Width - widths[0] - widths[1];
        void Head() => tables.Row(widths,
        [
            new TableCell(["序号"], bold, CellAlign.Center, Shaded: true),
            new TableCell(["考核指标"], bold, CellAlign.Center, Shaded: true),
            new TableCell(["目标值"], bold, CellAlign.Center, Shaded: true),
        ]);
        Head();
        if (content.Indicators.Count == 0)
        {
            tables.Row([writer.Width], [new TableCell(tables.Lines("按申报书所列目标考核。", font, writer.Width), font)]);
        }
        for (var i = 0; i < content.Indicators.Count; i++)
        {
            var indicator = content.Indicators[i];
            tables.Row(widths,
            [
                new TableCell([(i + 1).ToString(CultureInfo.InvariantCulture)], font, CellAlign.Center),
                new TableCell(tables.Lines(indicator.Name, font, widths[1]), font),
                new TableCell(tables.Lines(indicator.Target ?? "—", font, widths[2]), font),
            ], Head);
        }
        writer.Y += 10;
    }

    private static void Schedule(PdfPageWriter writer, TableWriter tables, Domain.Agreements.AgreementContent content)
    {
        Title(writer, tables, "三、进度安排");
        var font = writer.Font(10);
        var bold = writer.Font(10, bold: true);
        if (content.Schedule.Count == 0)
        {
            tables.Row([writer.Width], [new TableCell(tables.Lines($"项目执行期：{Period(content)}。按申报书所列进度执行。", font, writer.Width), font)]);
            writer.Y += 10;
            return;
        }
        double[] widths = [30, Math.Round((writer.Width - 30) * 0.3, 1), 0];
        widths[2] = writer.Width - widths[0] - widths[1];
        void Head() => tables.Row(widths,
        [
            new TableCell(["序号"], bold, CellAlign.Center, Shaded: true),
            new TableCell(["时间"], bold, CellAlign.Center, Shaded: true),
            new TableCell(["工作内容"], bold, CellAlign.Center, Shaded: true),
        ]);
        Head();
        for (var i = 0; i < content.Schedule.Count; i++)
        {
            var step = content.Schedule[i];
            tables.Row(widths,
            [
                new TableCell([(i + 1).ToString(CultureInfo.InvariantCulture)], font, CellAlign.Center),
                new TableCell(tables.Lines(step.Period.Length > 0 ? step.Period : "—", font, widths[1]), font),
                new TableCell(tables.Lines(step.Task, font, widths[2]), font),
            ], Head);
        }
        writer.Y += 10;
    }

    private static void Money(PdfPageWriter writer, TableWriter tables, Domain.Agreements.AgreementContent content)
    {
        Title(writer, tables, "四、经费与拨付计划");
        var font = writer.Font(10);
        var bold = writer.Font(10, bold: true);
        var rest = writer.Width - 40;
        double[] widths = [40, Math.Round(rest * 0.46, 1), Math.Round(rest * 0.2, 1), 0];
        widths[3] = writer.Width - widths[0] - widths[1] - widths[2];
        void Head() => tables.Row(widths,
        [
            new TableCell(["期次"], bold, CellAlign.Center, Shaded: true),
            new TableCell(["拨付条件"], bold, CellAlign.Center, Shaded: true),
            new TableCell(["比例"], bold, CellAlign.Center, Shaded: true),
            new TableCell(["金额（元）"], bold, CellAlign.Center, Shaded: true),
        ]);
        Head();
        foreach (var tranche in content.Tranches)
        {
            tables.Row(widths,
            [
                new TableCell([$"第 {tranche.Number.ToString(CultureInfo.InvariantCulture)} 期"], font, CellAlign.Center),
                new TableCell(tables.Lines(Milestone(tranche.Milestone), font, widths[1]), font),
                new TableCell([tranche.Percent.ToString("0.##", CultureInfo.InvariantCulture) + "%"], font, CellAlign.Right),
                new TableCell([tranche.Amount.ToString("#,0.00", CultureInfo.InvariantCulture)], font, CellAlign.Right),
            ], Head);
        }
        tables.Row(widths,
        [
            new TableCell(["合计"], bold, CellAlign.Center, Shaded: true),
            new TableCell([], bold, CellAlign.Left, Shaded: true),
            new TableCell([content.Tranches.Sum(t => t.Percent).ToString("0.##", CultureInfo.InvariantCulture) + "%"], bold, CellAlign.Right, Shaded: true),
            new TableCell([content.Tranches.Sum(t => t.Amount).ToString("#,0.00", CultureInfo.InvariantCulture)], bold, CellAlign.Right, Shaded: true),
        ], Head);
        var note = "资助经费专款专用，按拨付条件分期拨付；最后一期金额为资助金额减去前各期金额之差，各期合计与资助金额相符。";
        tables.Row([writer.Width], [new TableCell(tables.Lines(note, writer.Font(9), writer.Width), writer.Font(9))]);
        writer.Y += 10;
    }

    private static void Terms(PdfPageWriter writer, TableWriter tables, TaskAgreementPdfModel model)
    {
        Title(writer, tables, "五、特别约定");
        var font = writer.Font(10.5);
        var terms = model.Content.SpecialTerms.Trim();
        tables.Row([writer.Width], [new TableCell(tables.Lines(terms.Length > 0 ? terms : "无。", font, writer.Width), font)],
            minHeight: 2 * TableWriter.Padding + 3 * PdfPageWriter.LineHeight(font));
        if (model.AmendmentReason is { Length: > 0 } reason)
        {
            LabelRows(writer, tables, [("变更说明", $"本任务书为第 {model.Version.ToString(CultureInfo.InvariantCulture)} 版，取代此前各版。变更原因：{reason}")]);
        }
        writer.Y += 10;
    }

    private static void SignOff(PdfPageWriter writer, string title, string sealLabel, DateTimeOffset? countersignedAt)
    {
        var titleFont = writer.Font(12, bold: true);
        var font = writer.Font(11);
        var height = PdfPageWriter.Mm(62);
        writer.EnsureSpace(height);
        var top = writer.Y;
        var graphics = writer.Graphics;
        graphics.DrawRectangle(new XPen(XColors.Black, 0.6), writer.Left, top, writer.Width, height);
        var x = writer.Left + 8;
        var y = top + 8;
        foreach (var line in writer.Wrap(title, titleFont, writer.Width - 16))
        {
            writer.Text(line, titleFont, x, y);
            y += PdfPageWriter.LineHeight(titleFont);
        }
        if (countersignedAt is { } at)
        {
            var day = BeijingTime.ToBeijing(at);
            writer.Text(string.Format(CultureInfo.InvariantCulture, "已于 {0}年{1}月{2}日 电子会签（数字签名）", day.Year, day.Month, day.Day), font, x, y, XBrushes.DarkRed);
        }
        var seal = PdfPageWriter.Mm(34);
        var sealX = writer.Right - seal - PdfPageWriter.Mm(14);
        var sealY = top + height - seal - PdfPageWriter.Mm(11);
        var dashed = new XPen(XColors.Gray, 0.6) { DashStyle = XDashStyle.Dash };
        graphics.DrawRectangle(dashed, sealX, sealY, seal, seal);
        var sealFont = writer.Font(11);
        writer.Text(sealLabel, sealFont, sealX + (seal - writer.Measure(sealLabel, sealFont)) / 2, sealY + seal / 2 - sealFont.Size / 2, XBrushes.Gray);
        var signatureY = top + height - PdfPageWriter.Mm(22);
        var text = "负责人（签字）：";
        writer.Text(text, font, x, signatureY);
        var lineX = x + writer.Measure(text, font);
        graphics.DrawLine(new XPen(XColors.Black, 0.5), lineX, signatureY + font.Size + 3, lineX + PdfPageWriter.Mm(40), signatureY + font.Size + 3);
        var date = "年　　月　　日";
        writer.Text(date, font, writer.Right - PdfPageWriter.Mm(10) - writer.Measure(date, font), top + height - PdfPageWriter.Mm(8));
        writer.Y = top + height + 10;
    }
}
