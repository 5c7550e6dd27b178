using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Forms;
using GrantPortal.Infrastructure.Documents;

namespace GrantPortal.Bench;

/// <summary>A three-page application form (cover and two pages of sections, tables and the sign-off block) for the PDF bench.</summary>
internal static class PdfSample
{
    public static ApplicationPdfModel Model()
    {
        var schema = new FormSchema
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
                        new FormField { Key = "field", Label = "学科领域", Type = FieldType.SingleChoice, Options = [new("eng", "工程技术"), new("med", "医药卫生"), new("agr", "农业科学")] },
                        new FormField { Key = "forms", Label = "活动形式", Type = FieldType.MultipleChoice, Options = [new("forum", "学术论坛"), new("training", "专题培训"), new("popular", "科普讲座")] },
                        new FormField { Key = "startDate", Label = "计划开始日期", Type = FieldType.Date },
                        new FormField { Key = FormKeys.RequestedAmount, Label = "申请经费", Type = FieldType.Money },
                        new FormField { Key = "matching", Label = "是否有配套经费", Type = FieldType.YesNo },
                        new FormField { Key = "lead", Label = "项目负责人", Type = FieldType.Person },
                    ],
                },
                new FormSection
                {
                    Key = "content", Title = "二、项目内容",
                    Fields =
                    [
                        new FormField { Key = "content", Label = "项目主要内容", Type = FieldType.LongText, MaxLength = 1500 },
                        new FormField { Key = "targets", Label = "预期成效", Type = FieldType.LongText, MaxLength = 800 },
                    ],
                },
                new FormSection
                {
                    Key = "money", Title = "三、经费预算",
                    Fields =
                    [
                        new FormField
                        {
                            Key = "budget", Label = "经费预算和配套经费来源", Type = FieldType.Table,
                            Columns =
                            [
                                new TableColumn { Key = "item", Label = "支出科目" },
                                new TableColumn { Key = "requestedAmount", Label = "申请经费（元）", Type = FieldType.Money, Total = true },
                                new TableColumn { Key = "matchingAmount", Label = "配套经费（元）", Type = FieldType.Money, Total = true },
                                new TableColumn { Key = "remark", Label = "说明" },
                            ],
                        },
                        new FormField { Key = "scan", Label = "盖章扫描件", Type = FieldType.File },
                    ],
                },
            ],
            SignOffBlocks = [new SignOffBlock { Title = "申报单位意见", Signatures = ["单位负责人签字"], Seal = true }],
        };
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [FormKeys.ProjectName] = "天山南北青年科技工作者学术交流与科普能力提升行动",
            ["field"] = "eng",
            ["forms"] = "forum\ntraining",
            ["startDate"] = "2025-04-01",
            [FormKeys.RequestedAmount] = "48000",
            ["matching"] = "yes",
            ["lead.name"] = "阿依古丽·买买提",
            ["lead.title"] = "研究员",
            ["lead.mobile"] = "13899990000",
            ["lead.email"] = "lead@example.org",
            ["content"] = string.Concat(Enumerable.Repeat("围绕新疆特色产业的关键技术需求，组织区内外高校、科研院所和企业的青年科技工作者开展专题学术交流（每季度一次），邀请院士专家作主旨报告，设立青年论坛和墙报交流；同步在南疆四地州开展“科技下乡”科普讲座，覆盖基层技术人员2000人次以上。", 5)),
            ["targets"] = "形成学术交流成果汇编1部；培养青年学术骨干30名；推动产学研合作项目5项以上；科普讲座受众满意度达到95%以上。",
            ["scan"] = "scan-id",
        };
        var items = new[] { ("会议费", "18000", "5000", "场地、资料印制"), ("专家咨询费", "12000", "0", "按标准发放"), ("差旅费", "9000", "3000", "南疆四地州"), ("出版印刷费", "6000", "2000", "成果汇编"), ("科普材料费", "3000", "0", "展板、手册") };
        for (var i = 0; i < items.Length; i++)
        {
            values[$"budget.{i}.item"] = items[i].Item1;
            values[$"budget.{i}.requestedAmount"] = items[i].Item2;
            values[$"budget.{i}.matchingAmount"] = items[i].Item3;
            values[$"budget.{i}.remark"] = items[i].Item4;
        }
        var id = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");
        var code = VerificationCode.For(id, 1, id, values[FormKeys.ProjectName], 48000m, values);
        return new ApplicationPdfModel
        {
            AssociationName = "新疆维吾尔自治区科学技术协会",
            CallTitle = "2025年度新疆科协学术交流与科普项目申报",
            CategoryCode = "XJ-A1",
            CategoryName = "学术交流活动",
            OrganizationName = "新疆维吾尔自治区青年科技工作者协会",
            Number = "XJ-2025-A1-0042",
            Version = 1,
            SubmittedAt = new DateTimeOffset(2025, 3, 14, 2, 30, 0, TimeSpan.Zero),
            Title = values[FormKeys.ProjectName],
            RequestedAmount = 48000m,
            VerificationCode = code,
            VerifyUrl = "http://localhost:5080/verify/" + code,
            Schema = schema,
            Values = values,
            FileNames = new Dictionary<string, string> { ["scan-id"] = "申报书盖章扫描件.pdf" },
        };
    }
}
