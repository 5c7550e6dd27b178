using System.Globalization;
using System.Net;
using System.Text;
using GrantPortal.Domain.Forms;
using GrantPortal.Infrastructure.Documents;

namespace GrantPortal.Bench;

/// <summary>The bench's form as static HTML with print CSS, for headless Chromium to print to PDF: the same content as the PDF.</summary>
internal static class PdfBenchHtml
{
    public static string Render(ApplicationPdfModel model)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var v = model.Values;
        var html = new StringBuilder();
        html.Append("""
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
            @page { size: A4; margin: 34mm 26mm 22mm 28mm; }
            body { font-family: "WenQuanYi Micro Hei", sans-serif; font-size: 10.5pt; }
            .cover { page-break-after: always; text-align: center; padding-top: 20mm; }
            .cover h1 { font-size: 24pt; } .cover dl { text-align: left; margin: 30mm 12mm; font-size: 13pt; }
            table { width: 100%; border-collapse: collapse; margin-bottom: 8pt; } td, th { border: .6pt solid #000; padding: 4pt; vertical-align: top; }
            th, td.label { background: #eee; } td.label { width: 26%; } td.num { text-align: right; } thead { display: table-header-group; }
            .signoff { border: .6pt solid #000; height: 70mm; position: relative; page-break-inside: avoid; }
            .seal { position: absolute; right: 14mm; bottom: 12mm; width: 36mm; height: 36mm; border: .6pt dashed #888; }
            </style></head><body>
            """);
        html.Append(CultureInfo.InvariantCulture, $"<div class=cover><p>{E(model.CallTitle)}</p><h1>{E(model.Schema.Title)}</h1><dl>")
            .Append(CultureInfo.InvariantCulture, $"<dt>项目名称：{E(model.Title)}</dt><dt>申报单位：{E(model.OrganizationName)}</dt><dt>申报类别：{E(model.CategoryCode)} {E(model.CategoryName)}</dt>")
            .Append(CultureInfo.InvariantCulture, $"<dt>申报编号：{E(model.Number)}</dt><dt>版本：第 {model.Version} 版</dt></dl><p>{E(model.AssociationName)}</p></div>");
        foreach (var section in model.Schema.Sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<table><tr><th colspan=2>{E(section.Title)}</th></tr>");
            foreach (var field in section.Fields)
            {
                if (field.Type == FieldType.Table)
                {
                    html.Append("</table><table><thead><tr><th>序号</th>");
                    foreach (var column in field.Columns) { html.Append(CultureInfo.InvariantCulture, $"<th>{E(column.Label)}</th>"); }
                    html.Append("</tr></thead>");
                    for (var r = 0; v.ContainsKey($"{field.Key}.{r}.{field.Columns[0].Key}"); r++)
                    {
                        html.Append(CultureInfo.InvariantCulture, $"<tr><td>{r + 1}</td>");
                        foreach (var column in field.Columns) { html.Append(CultureInfo.InvariantCulture, $"<td>{E(v.GetValueOrDefault($"{field.Key}.{r}.{column.Key}"))}</td>"); }
                        html.Append("</tr>");
                    }
                    html.Append("</table><table>");
                    continue;
                }
                html.Append(CultureInfo.InvariantCulture, $"<tr><td class=label>{E(field.Label)}</td><td>{E(v.GetValueOrDefault(field.Key))}</td></tr>");
            }
            html.Append("</table>");
        }
        foreach (var block in model.Schema.SignOffBlocks)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=signoff><p><b>{E(block.Title)}</b></p><p>{E(string.Join(" ", block.Signatures))}：＿＿＿＿＿＿</p><div class=seal>单位公章</div><p>年　月　日</p></div>");
        }
        return html.Append("</body></html>").ToString();
    }
}
