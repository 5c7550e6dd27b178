using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Forms;

namespace GrantPortal.IntegrationTests.Documents.ApplicationPdf;

/// <summary>A form with every kind of field the PDF lays out, and answers that fill several pages.</summary>
internal static class PdfForms
{
    public const string LongText =
        "本项目围绕新疆特色农业的关键技术需求，组织区内外高校、科研院所和企业的青年科技工作者开展专题学术交流（每季度一次），" +
        "邀请院士专家作主旨报告，设立青年论坛和墙报交流；同步在南疆四地州开展“科技下乡”科普讲座，覆盖基层技术人员2000人次以上。";

    public static FormSchema Schema() => new()
    {
        Title = "学术交流项目申报书",
        Attachment = "附件3",
        Sections =
        [
            new FormSection
            {
                Key = "basic", Title = "一、基本信息",
                Fields =
                [
                    new FormField { Key = FormKeys.ProjectName, Label = "项目名称", Required = true },
                    new FormField { Key = "field", Label = "学科领域", Type = FieldType.SingleChoice, Options = [new("eng", "工程技术"), new("agr", "农业科学")] },
                    new FormField { Key = "forms", Label = "活动形式", Type = FieldType.MultipleChoice, Options = [new("forum", "学术论坛"), new("training", "专题培训")] },
                    new FormField { Key = "startDate", Label = "计划开始日期", Type = FieldType.Date },
                    new FormField { Key = FormKeys.RequestedAmount, Label = "申请经费", Type = FieldType.Money },
                    new FormField { Key = "matching", Label = "是否有配套经费", Type = FieldType.YesNo },
                    new FormField { Key = "matchingSource", Label = "配套经费来源", ShowWhen = new ShowWhen("matching", "no") },
                    new FormField { Key = "lead", Label = "项目负责人", Type = FieldType.Person },
                ],
            },
            new FormSection
            {
                Key = "content", Title = "二、项目内容",
                Fields =
                [
                    new FormField { Key = "content", Label = "项目主要内容", Type = FieldType.LongText },
                    new FormField { Key = "history", Label = "前期工作基础", Type = FieldType.LongText },
                ],
            },
            new FormSection
            {
                Key = "money", Title = "三、经费预算",
                Fields =
                [
                    new FormField
                    {
                        Key = "budget", Label = "经费预算", Type = FieldType.Table,
                        Columns =
                        [
                            new TableColumn { Key = "item", Label = "支出科目" },
                            new TableColumn { Key = "amount", Label = "申请经费（元）", Type = FieldType.Money, Total = true },
                            new TableColumn { Key = "remark", Label = "说明" },
                        ],
                    },
                ],
            },
        ],
        SignOffBlocks = [new SignOffBlock { Title = "申报单位意见", Signatures = ["单位负责人签字"], Seal = true }],
    };

    /// <summary>The answers; <paramref name="history"/> is long enough to run over a page.</summary>
    public static Dictionary<string, string> Values(string history)
    {
        var values = new Dictionary<string, string>
        {
            ["field"] = "agr",
            ["forms"] = "forum\ntraining",
            ["startDate"] = "2030-04-01",
            [FormKeys.RequestedAmount] = "48000",
            ["matching"] = "yes",
            ["matchingSource"] = "不应出现的隐藏内容",
            ["lead.name"] = "阿依古丽",
            ["lead.mobile"] = "13899990000",
            ["content"] = LongText,
            ["history"] = history,
        };
        var items = new[] { ("会议费", "18000", "场地租用"), ("专家咨询费", "21000", "按标准发放"), ("差旅费", "9000", "南疆四地州") };
        for (var i = 0; i < items.Length; i++)
        {
            values[$"budget.{i}.item"] = items[i].Item1;
            values[$"budget.{i}.amount"] = items[i].Item2;
            values[$"budget.{i}.remark"] = items[i].Item3;
        }
        return values;
    }

    public static string History(string marker) =>
        string.Concat(Enumerable.Range(1, 40).Select(i => $"第{i}年：{marker}承办全区学术年会，参会代表三百余人，形成论文集一部。"));
}
