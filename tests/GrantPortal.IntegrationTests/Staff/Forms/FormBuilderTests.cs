using System.Net;
using GrantPortal.Domain.Forms;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Staff.Forms;

/// <summary>Staff build a category's application form in the browser: every field type, edits, moves, refusals, conflicts, versions.</summary>
[Collection(PortalCollection.Name)]
public sealed class FormBuilderTests(PortalFactory factory)
{
    private static string FormUrl(Guid categoryId) => $"/xinjiang/staff/categories/{categoryId}/form";

    private async Task<HttpClient> StaffAsync()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Email("xinjiang", "staff"));
        return client;
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid categoryId, string path, Dictionary<string, string> fields, Guid callId)
    {
        fields.TryAdd("Revision", (await FormTestCalls.RevisionAsync(factory, callId)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return await client.PostFormAsync(FormUrl(categoryId), FormUrl(categoryId) + path, fields);
    }

    private async Task<HttpResponseMessage> PostFieldAsync(HttpClient client, FormTestCalls.Created call, string pageQuery, Dictionary<string, string> fields)
    {
        fields.TryAdd("Revision", (await FormTestCalls.RevisionAsync(factory, call.CallId)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var action = FormUrl(call.CategoryId) + "/field";
        return await client.PostFormAsync(action + pageQuery, action, fields);
    }

    private static void AssertRedirected(HttpResponseMessage response, string because)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{because}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result[..Math.Min(3000, response.Content.ReadAsStringAsync().Result.Length)]}");
    }

    [Fact]
    public async Task CreateForm_AddFieldsOfEveryType_SavedAndPreviewRendersRealInputs()
    {
        var call = await FormTestCalls.CreateAsync(factory);
        var client = await StaffAsync();
        var builder = await client.GetPageAsync(FormUrl(call.CategoryId));
        Assert.Contains("本类别还没有申报表", builder.Text(), StringComparison.Ordinal);

        AssertRedirected(await PostAsync(client, call.CategoryId, "/new", new() { ["Title"] = "项目申报书" }, call.CallId), "create");
        AssertRedirected(await PostAsync(client, call.CategoryId, "/sections", new() { ["Op"] = "add", ["Title"] = "一、基本信息" }, call.CallId), "section");
        var fields = new (string Query, Dictionary<string, string> Fields)[]
        {
            ("?section=s1&type=ShortText", new() { ["Type"] = "ShortText", ["Label"] = "项目名称", ["Required"] = "true", ["MaxLength"] = "50" }),
            ("?section=s1&type=LongText", new() { ["Type"] = "LongText", ["Key"] = "summary", ["Label"] = "项目简介", ["MaxLength"] = "1500", ["Help"] = "简述活动内容" }),
            ("?section=s1&type=Number", new() { ["Type"] = "Number", ["Label"] = "参会人数" }),
            ("?section=s1&type=Money", new() { ["Type"] = "Money", ["Label"] = "申请金额" }),
            ("?section=s1&type=Date", new() { ["Type"] = "Date", ["Label"] = "活动日期" }),
            ("?section=s1&type=SingleChoice", new() { ["Type"] = "SingleChoice", ["Key"] = "kind", ["Label"] = "申报类型", ["SelectsCategory"] = "true" }),
            ("?section=s1&type=MultipleChoice", new() { ["Type"] = "MultipleChoice", ["Label"] = "活动形式", ["Options"] = "online|线上\n线下" }),
            ("?section=s1&type=YesNo", new() { ["Type"] = "YesNo", ["Key"] = "academician", ["Label"] = "是否邀请院士" }),
            ("?section=s1&type=ShortText", new() { ["Type"] = "ShortText", ["Key"] = "academicianName", ["Label"] = "院士姓名", ["ShowWhenField"] = "academician", ["ShowWhenValue"] = "yes" }),
            ("?section=s1&type=Person", new() { ["Type"] = "Person", ["Label"] = "项目负责人", ["Required"] = "true" }),
            ("?section=s1&type=Table", new()
            {
                ["Type"] = "Table", ["Key"] = "budget", ["Label"] = "经费预算", ["MinRows"] = "2",
                ["Columns[0].Key"] = "item", ["Columns[0].Label"] = "支出科目", ["Columns[0].Type"] = "ShortText", ["Columns[0].Required"] = "true",
                ["Columns[1].Key"] = "amount", ["Columns[1].Label"] = "金额（元）", ["Columns[1].Type"] = "Money", ["Columns[1].Total"] = "true",
                ["Columns[2].Key"] = "", ["Columns[2].Label"] = "",
            }),
            ("?section=s1&type=File", new() { ["Type"] = "File", ["Label"] = "盖章扫描件", ["Accept"] = "pdf, .JPG", ["MaxSizeMb"] = "10" }),
        };
        foreach (var (query, values) in fields)
        {
            values["Section"] = "s1";
            AssertRedirected(await PostFieldAsync(client, call, query, values), values["Label"]);
        }

        var schema = await FormTestCalls.SchemaAsync(factory, call.CategoryId);
        Assert.Equal("项目申报书", schema.Title);
        var saved = schema.Sections.Single().Fields;
        Assert.Equal(Enum.GetValues<FieldType>().Order(), saved.Select(f => f.Type).Distinct().Order());
        Assert.Equal(["text1", "summary", "number1", "amount1", "date1", "kind", "choices1", "academician", "academicianName", "person1", "budget", "file1"], saved.Select(f => f.Key));
        Assert.Equal(2, schema.FindField("kind")!.Options.Count);
        Assert.True(schema.FindField("kind")!.SelectsCategory);
        Assert.Equal([new ChoiceOption("online", "线上"), new ChoiceOption("线下", "线下")], schema.FindField("choices1")!.Options);
        Assert.Equal(new ShowWhen("academician", "yes"), schema.FindField("academicianName")!.ShowWhen);
        var budget = schema.FindField("budget")!;
        Assert.Equal(["item", "amount"], budget.Columns.Select(c => c.Key));
        Assert.True(budget.Columns[1].Total);
        Assert.Equal([".pdf", ".jpg"], schema.FindField("file1")!.Accept);
        Assert.Equal(10, schema.FindField("file1")!.MaxSizeMb);

        var preview = await client.GetPageAsync(FormUrl(call.CategoryId) + "/preview");
        Assert.Contains("预览：申报单位看到的申报表", preview.Text(), StringComparison.Ordinal);
        Assert.Empty(preview.QuerySelectorAll("main button[type=submit]"));
        Assert.Equal("1500", preview.QuerySelector("textarea[name=summary]")!.GetAttribute("maxlength"));
        Assert.Contains("已输入 0 / 1500 字", preview.QuerySelector("[data-counter-for=f-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("50", preview.QuerySelector("input[name=text1]")!.GetAttribute("maxlength"));
        Assert.NotNull(preview.QuerySelector("input[name=text1][required]"));
        Assert.Equal("number", preview.QuerySelector("input[name=amount1]")!.GetAttribute("type"));
        Assert.Equal("0.01", preview.QuerySelector("input[name=amount1]")!.GetAttribute("step"));
        Assert.Equal("date", preview.QuerySelector("input[name=date1]")!.GetAttribute("type"));
        Assert.Equal(2, preview.QuerySelectorAll("input[type=radio][name=kind]").Length);
        Assert.Equal(2, preview.QuerySelectorAll("input[type=checkbox][name=choices1]").Length);
        Assert.Equal(["yes", "no"], preview.QuerySelectorAll("input[type=radio][name=academician]").Select(i => i.GetAttribute("value")));
        var conditional = preview.QuerySelector("[data-field=academicianName]")!;
        Assert.Equal("academician", conditional.GetAttribute("data-show-when-field"));
        Assert.Equal("yes", conditional.GetAttribute("data-show-when-value"));
        Assert.Equal(4, preview.QuerySelectorAll("input[name^='person1.']").Length);
        var table = preview.QuerySelector("table[data-table=budget]")!;
        Assert.Equal(["支出科目", "金额（元）"], table.QuerySelectorAll("th[data-column]").Select(th => th.TextContent.Trim()));
        Assert.Equal(2, table.QuerySelectorAll("tbody tr[data-row]").Length);
        Assert.NotNull(table.QuerySelector("input[name='budget.1.amount'][data-total-column=amount]"));
        Assert.NotNull(table.QuerySelector("tfoot output[data-total-for=amount]"));
        Assert.Null(table.QuerySelector("tfoot output[data-total-for=item]"));
        Assert.NotNull(preview.QuerySelector("template[data-row-template]"));
        Assert.NotNull(preview.QuerySelector("button[data-add-row]"));
        var file = preview.QuerySelector("input[type=file][name=file1]")!;
        Assert.Equal(".pdf,.jpg", file.GetAttribute("accept"));
        Assert.Equal("10", file.GetAttribute("data-max-mb"));
        Assert.NotNull(preview.QuerySelector("script[src^='/js/application-form.js']"));
    }

    [Fact]
    public async Task EditReorderMoveRemove_ChangeTheSavedForm()
    {
        var call = await FormTestCalls.CreateAsync(factory, new FormSchema
        {
            Title = "申报书",
            Sections =
            [
                new FormSection { Key = "s1", Title = "基本信息", Fields = [new FormField { Key = "name", Label = "项目名称" }, new FormField { Key = "org", Label = "单位" }, new FormField { Key = "yes", Label = "院士", Type = FieldType.YesNo }] },
                new FormSection { Key = "s2", Title = "经费", Fields = [] },
            ],
        });
        var client = await StaffAsync();

        AssertRedirected(await PostFieldAsync(client, call, "?key=name", new() { ["OriginalKey"] = "name", ["Key"] = "title", ["Label"] = "活动名称", ["Type"] = "ShortText", ["Required"] = "true" }), "edit");
        AssertRedirected(await PostAsync(client, call.CategoryId, "/fields", new() { ["Field"] = "org", ["Op"] = "up" }, call.CallId), "up");
        AssertRedirected(await PostAsync(client, call.CategoryId, "/fields", new() { ["Field"] = "title", ["Op"] = "move", ["TargetSection"] = "s2" }, call.CallId), "move");
        AssertRedirected(await PostAsync(client, call.CategoryId, "/fields", new() { ["Field"] = "yes", ["Op"] = "remove" }, call.CallId), "remove");
        AssertRedirected(await PostAsync(client, call.CategoryId, "/sections", new() { ["Section"] = "s2", ["Op"] = "up" }, call.CallId), "section up");
        AssertRedirected(await PostAsync(client, call.CategoryId, "/sections", new() { ["Section"] = "s1", ["Op"] = "rename", ["Title"] = "单位信息" }, call.CallId), "rename");
        AssertRedirected(await PostAsync(client, call.CategoryId, "/signoffs", new()
        {
            ["Blocks[0].Title"] = "申报单位意见", ["Blocks[0].FilledBy"] = "Applicant", ["Blocks[0].Signatures"] = "负责人签字、经办人签字", ["Blocks[0].Seal"] = "true", ["Blocks[0].Dated"] = "false",
            ["Blocks[1].Title"] = "",
        }, call.CallId), "signoffs");

        var forms = await FormTestCalls.FormsAsync(factory, call.CategoryId);
        var schema = Assert.Single(forms).Schema; // a draft's form is rewritten, not versioned
        Assert.Equal(["s2", "s1"], schema.Sections.Select(s => s.Key));
        Assert.Equal("单位信息", schema.Sections[1].Title);
        Assert.Equal(["title"], schema.Sections[0].Fields.Select(f => f.Key));
        Assert.Equal(["org"], schema.Sections[1].Fields.Select(f => f.Key));
        Assert.Equal("活动名称", schema.FindField("title")!.Label);
        var block = Assert.Single(schema.SignOffBlocks);
        Assert.Equal(["负责人签字", "经办人签字"], block.Signatures);
        Assert.True(block.Seal);
        Assert.False(block.Dated);

        var builder = await client.GetPageAsync(FormUrl(call.CategoryId));
        Assert.Contains("活动名称", builder.Text(), StringComparison.Ordinal);
        Assert.NotNull(builder.QuerySelector($"a[href='/xinjiang/staff/calls/{call.CallId}/tree']"));
    }

    [Theory]
    [InlineData("SingleChoice", "Options", "请填写选项，每行一个")]
    [InlineData("Table", "Columns", "表格至少需要一列")]
    [InlineData("ShortText", "Key", "已被本表其他字段使用")]
    [InlineData("File", "MaxSizeMb", "请填写附件大小上限")]
    public async Task InvalidField_RefusedWithMessage_NothingSaved(string type, string field, string message)
    {
        var call = await FormTestCalls.CreateAsync(factory, FormTestCalls.OneSection(new FormField { Key = "name", Label = "项目名称" }));
        var client = await StaffAsync();
        var revision = await FormTestCalls.RevisionAsync(factory, call.CallId);

        using var response = await PostFieldAsync(client, call, $"?section=s1&type={type}", new()
        {
            ["Section"] = "s1", ["Type"] = type, ["Label"] = "新字段", ["Key"] = type == "ShortText" ? "name" : "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page.FieldError(field) ?? "", StringComparison.Ordinal);
        Assert.Equal("新字段", page.QuerySelector("input[name=Label]")!.GetAttribute("value"));
        Assert.Equal(revision, await FormTestCalls.RevisionAsync(factory, call.CallId));
        Assert.Equal(["name"], (await FormTestCalls.SchemaAsync(factory, call.CategoryId)).AllFields().Select(f => f.Key));
    }

    [Fact]
    public async Task StaleRevision_ShowsTheMissedChange_KeepsInput_SavesNothing()
    {
        var call = await FormTestCalls.CreateAsync(factory, FormTestCalls.OneSection(new FormField { Key = "name", Label = "项目名称" }));
        var client = await StaffAsync();
        var stale = await FormTestCalls.RevisionAsync(factory, call.CallId);
        AssertRedirected(await PostAsync(client, call.CategoryId, "/header", new() { ["Title"] = "他人改过的标题" }, call.CallId), "header");

        using var response = await PostFieldAsync(client, call, "?key=name", new()
        {
            ["Revision"] = stale.ToString(System.Globalization.CultureInfo.InvariantCulture), ["OriginalKey"] = "name", ["Label"] = "我的新标签", ["Type"] = "ShortText",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.GetElementById("conflict"));
        Assert.Contains("他人改过的标题", page.GetElementById("conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("我的新标签", page.QuerySelector("input[name=Label]")!.GetAttribute("value"));
        Assert.Equal((stale + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("input[name=Revision]")!.GetAttribute("value"));
        Assert.Equal("项目名称", (await FormTestCalls.SchemaAsync(factory, call.CategoryId)).FindField("name")!.Label);
    }

    [Fact]
    public async Task StaleRevision_OnTheBuilder_KeepsTheTypedTitle()
    {
        var call = await FormTestCalls.CreateAsync(factory, FormTestCalls.OneSection(new FormField { Key = "name", Label = "项目名称" }));
        var client = await StaffAsync();
        var stale = await FormTestCalls.RevisionAsync(factory, call.CallId);
        AssertRedirected(await PostAsync(client, call.CategoryId, "/sections", new() { ["Op"] = "add", ["Title"] = "二、经费" }, call.CallId), "section");

        using var response = await PostAsync(client, call.CategoryId, "/header", new()
        {
            ["Revision"] = stale.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Title"] = "我的标题", ["Attachment"] = "附件3",
        }, call.CallId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("二、经费", page.GetElementById("conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("我的标题", page.GetElementById("Header-Title")!.GetAttribute("value"));
        Assert.Equal("附件3", page.GetElementById("Header-Attachment")!.GetAttribute("value"));
        Assert.Equal("申报书", (await FormTestCalls.SchemaAsync(factory, call.CategoryId)).Title);
    }

    [Fact]
    public async Task PublishedCall_FormChange_CreatesVersion2_Version1Unchanged()
    {
        var call = await FormTestCalls.CreateAsync(factory, FormTestCalls.OneSection(new FormField { Key = "name", Label = "项目名称" }), publish: true);
        var client = await StaffAsync();

        using var response = await PostFieldAsync(client, call, "?section=s1&type=LongText", new() { ["Section"] = "s1", ["Type"] = "LongText", ["Label"] = "项目简介", ["MaxLength"] = "800" });

        AssertRedirected(response, "add field");
        var forms = await FormTestCalls.FormsAsync(factory, call.CategoryId);
        Assert.Equal([1, 2], forms.Select(f => f.Version));
        Assert.Equal(["name"], forms[0].Schema.AllFields().Select(f => f.Key));
        Assert.Equal(["name", "longText1"], forms[1].Schema.AllFields().Select(f => f.Key));
        var builder = await client.GetPageAsync(FormUrl(call.CategoryId));
        Assert.Contains("已另存为第 2 版；已开始填写的申报保留原来的版本", builder.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherTenantsCategory_Is404()
    {
        var guangxi = await FormTestCalls.CreateAsync(factory, FormTestCalls.OneSection(new FormField { Key = "name", Label = "项目名称" }), tenant: "guangxi");
        var client = await StaffAsync();
        foreach (var path in new[] { "", "/preview", "/copy", "/field?key=name" })
        {
            await client.GetPageAsync(FormUrl(guangxi.CategoryId) + path, HttpStatusCode.NotFound);
        }
    }
}
