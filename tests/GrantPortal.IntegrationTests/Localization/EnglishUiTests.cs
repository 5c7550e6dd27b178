using System.Net;
using AngleSharp.Html.Dom;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Localization;

/// <summary>The language switch: English on request (the culture cookie), Chinese otherwise, whatever the browser asks for.</summary>
[Collection(PortalCollection.Name)]
public sealed class EnglishUiTests(PortalFactory factory)
{
    private static async Task ChooseAsync(HttpClient client, string culture, string returnUrl = "/")
    {
        // Follow the link the header shows, as a person would.
        var home = await client.GetPageAsync(returnUrl);
        var link = home.QuerySelectorAll("a[href^='/culture/']").Select(a => a.GetAttribute("href")!).Single(h => h.StartsWith($"/culture/{culture}?", StringComparison.Ordinal));
        using var response = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(returnUrl, response.Headers.Location?.OriginalString);
    }

    private static List<string> CategoryHeaders(IHtmlDocument page) =>
        Calls.SeededCallPageTests.SeededCall(page).QuerySelectorAll("table.categories thead th").Select(th => th.TextContent.Trim()).ToList();

    [Fact]
    public async Task English_GuangxiHome_IsInEnglish()
    {
        var client = factory.Browser();
        await ChooseAsync(client, "en", "/guangxi");

        var page = await client.GetPageAsync("/guangxi");
        var text = page.Text();
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Guangxi Association for Science and Technology", text);
        Assert.Contains("Submission deadline", text);
        Assert.Contains("Open categories", text);
        Assert.Contains("2023-04-28 24:00 (Beijing time)", text);
        Assert.Contains("Closed", text);
        var headers = CategoryHeaders(page);
        Assert.Equal(["Code", "Category", "Funding per project", "Number of projects", "Budget cap", "Applicant", "Contact"], headers);
        Assert.All(headers, h => Assert.DoesNotMatch(LocalizerKeys.Chinese(), h));
        Assert.Equal("¥2,190,000", Calls.SeededCallPageTests.SeededCall(page).QuerySelector("table.categories tfoot td[data-total]")!.TextContent.Trim());
    }

    [Fact]
    public async Task English_ThenChinese_RestoresChinese()
    {
        var client = factory.Browser();
        await ChooseAsync(client, "en", "/guangxi");
        Assert.Contains("Submission deadline", (await client.GetPageAsync("/guangxi")).Text());

        await ChooseAsync(client, "zh-CN", "/guangxi");
        var page = await client.GetPageAsync("/guangxi");
        var text = page.Text();
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("申报截止时间", text);
        Assert.Contains("可申报项目", text);
        Assert.DoesNotContain("Submission deadline", text);
        Assert.Equal(["编号", "项目类别", "经费额度", "项目数量", "总额", "申报单位", "联系人"], CategoryHeaders(page));
    }

    [Fact]
    public async Task NoCookie_BrowserAsksForEnglish_StaysChinese()
    {
        var client = factory.Browser();
        client.DefaultRequestHeaders.Add("Accept-Language", "en");
        var page = await client.GetPageAsync("/guangxi");
        var text = page.Text();
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("申报截止时间", text);
        Assert.DoesNotContain("Submission deadline", text);
        Assert.DoesNotContain("Open categories", text);
    }

    [Fact]
    public async Task English_RegistrationWithBadInput_ShowsEnglishMessagesNextToTheFields()
    {
        var client = factory.Browser();
        await ChooseAsync(client, "en", "/guangxi/register");

        using var response = await client.PostFormAsync("/guangxi/register", "/guangxi/register", new Dictionary<string, string>
        {
            ["OrganizationName"] = "",
            ["ApplicantType"] = "Nonsense",
            ["CreditCode"] = "123",
            ["ContactName"] = "Li Hua",
            ["ContactPhone"] = "12345",
            ["ContactEmail"] = "not-an-email",
            ["DisplayName"] = "Li Hua",
            ["Email"] = "l10n-test@example.org",
            ["Password"] = "short",
            ["ConfirmPassword"] = "different",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("Please enter the name of the organization", page.FieldError("OrganizationName"));
        Assert.Equal("Invalid unified social credit code: it must have 18 characters, and the last one (the check character) must match the first 17", page.FieldError("CreditCode"));
        Assert.Equal("Please enter a valid mobile or landline number (e.g. 13800000000 or 0771-2630981)", page.FieldError("ContactPhone"));
        Assert.Equal("Please enter a valid email address", page.FieldError("ContactEmail"));
        Assert.Equal("The password must be at least 12 characters long", page.FieldError("Password"));
        Assert.Equal("The passwords do not match", page.FieldError("ConfirmPassword"));
        // Model binding's own message (an unknown enum value), then the validator's.
        Assert.Equal("“Nonsense” is not a valid value; Please choose the type of organization", page.FieldError("ApplicantType"));
        Assert.Contains("Please correct the following", page.Text());
        Assert.Equal("Organization name", page.QuerySelector("label[for=OrganizationName]")!.TextContent.Trim());
        Assert.DoesNotMatch(LocalizerKeys.Chinese(), page.QuerySelector("form[action='/guangxi/register']")!.TextContent);
    }
}
