using System.Net;
using GrantPortal.Domain.Forms;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Staff.Forms;

/// <summary>Copying a category's form to another category of a draft call, and creating a form as a copy.</summary>
[Collection(PortalCollection.Name)]
public sealed class FormCopyTests(PortalFactory factory)
{
    private static string FormUrl(Guid categoryId) => $"/xinjiang/staff/categories/{categoryId}/form";

    private async Task<HttpClient> StaffAsync()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Email("xinjiang", "staff"));
        return client;
    }

    private static FormSchema Budget() => FormTestCalls.OneSection(
        new FormField { Key = "name", Label = "项目名称", Required = true },
        new FormField { Key = "budget", Label = "经费预算", Type = FieldType.Table, Columns = [new TableColumn { Key = "item", Label = "支出科目" }, new TableColumn { Key = "amount", Label = "金额（元）", Type = FieldType.Money, Total = true }] });

    [Fact]
    public async Task Copy_ToCategoryOfDraftCall_ConfirmThenSaved()
    {
        var source = await FormTestCalls.CreateAsync(factory, Budget());
        var target = await FormTestCalls.CreateAsync(factory);
        var client = await StaffAsync();
        var copyUrl = FormUrl(source.CategoryId) + "/copy";
        var page = await client.GetPageAsync(copyUrl);
        Assert.NotNull(page.QuerySelector($"option[value='{target.OtherCategoryId}']"));

        using var confirm = await client.PostFormAsync(copyUrl, copyUrl, new Dictionary<string, string> { ["TargetId"] = target.OtherCategoryId.ToString() });
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        var confirmPage = Html.Parse(await confirm.Content.ReadAsStringAsync());
        var revision = confirmPage.QuerySelector("input[name=Revision]")!.GetAttribute("value")!;
        var token = confirmPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var copied = await client.PostAsync(copyUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["TargetId"] = target.OtherCategoryId.ToString(), ["Revision"] = revision,
        }));

        Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
        var forms = await FormTestCalls.FormsAsync(factory, target.OtherCategoryId);
        Assert.Equal(["name", "budget"], Assert.Single(forms).Schema.AllFields().Select(f => f.Key));
        Assert.Single(await FormTestCalls.FormsAsync(factory, source.CategoryId));
    }

    [Fact]
    public async Task Copy_SelectsCategoryOptionsNotFittingTheTarget_RefusedWithReason()
    {
        var source = await FormTestCalls.CreateAsync(factory, Budget(), choosesChild: true);
        var target = await FormTestCalls.CreateAsync(factory);
        var client = await StaffAsync();
        var copyUrl = FormUrl(source.CategoryId) + "/copy";
        using var confirm = await client.PostFormAsync(copyUrl, copyUrl, new Dictionary<string, string> { ["TargetId"] = target.OtherCategoryId.ToString() });
        var confirmPage = Html.Parse(await confirm.Content.ReadAsStringAsync());

        using var refused = await client.PostAsync(copyUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = confirmPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["TargetId"] = target.OtherCategoryId.ToString(),
            ["Revision"] = confirmPage.QuerySelector("input[name=Revision]")!.GetAttribute("value")!,
        }));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("不是本类别的下级类别", Html.Parse(await refused.Content.ReadAsStringAsync()).Text(), StringComparison.Ordinal);
        Assert.Empty(await FormTestCalls.FormsAsync(factory, target.OtherCategoryId));
    }

    [Fact]
    public async Task Copy_TargetWithForm_NeedsConfirmationToReplace()
    {
        var source = await FormTestCalls.CreateAsync(factory, Budget());
        var target = await FormTestCalls.CreateAsync(factory, FormTestCalls.OneSection(new FormField { Key = "old", Label = "旧字段" }));
        var client = await StaffAsync();
        var copyUrl = FormUrl(source.CategoryId) + "/copy";
        using var confirm = await client.PostFormAsync(copyUrl, copyUrl, new Dictionary<string, string> { ["TargetId"] = target.CategoryId.ToString() });
        var confirmPage = Html.Parse(await confirm.Content.ReadAsStringAsync());
        Assert.NotNull(confirmPage.QuerySelector("input[name=Replace]"));
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = confirmPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["TargetId"] = target.CategoryId.ToString(),
            ["Revision"] = confirmPage.QuerySelector("input[name=Revision]")!.GetAttribute("value")!,
        };

        using (var unconfirmed = await client.PostAsync(copyUrl, new FormUrlEncodedContent(fields)))
        {
            Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
            Assert.Equal(["old"], (await FormTestCalls.SchemaAsync(factory, target.CategoryId)).AllFields().Select(f => f.Key));
        }
        fields["Replace"] = "true";
        using var replaced = await client.PostAsync(copyUrl, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal(["name", "budget"], (await FormTestCalls.SchemaAsync(factory, target.CategoryId)).AllFields().Select(f => f.Key));
    }

    [Fact]
    public async Task NewForm_AsCopyOfAnotherCategorysForm()
    {
        var source = await FormTestCalls.CreateAsync(factory, Budget());
        var client = await StaffAsync();
        var builder = await client.GetPageAsync(FormUrl(source.OtherCategoryId));
        Assert.NotNull(builder.QuerySelector($"select[name=SourceId] option[value='{source.CategoryId}']"));
        var revision = await FormTestCalls.RevisionAsync(factory, source.CallId);

        using var response = await client.PostFormAsync(FormUrl(source.OtherCategoryId), FormUrl(source.OtherCategoryId) + "/new",
            new Dictionary<string, string> { ["SourceId"] = source.CategoryId.ToString(), ["Revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["name", "budget"], (await FormTestCalls.SchemaAsync(factory, source.OtherCategoryId)).AllFields().Select(f => f.Key));
    }
}
