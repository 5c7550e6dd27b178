using System.Net;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Reviews.Scoring;

/// <summary>Staff configure a category's review form: weights must sum to 100, a form can be copied, and none changes once scored.</summary>
[Collection(PortalCollection.Name)]
public sealed class ReviewFormEditorTests(PortalFactory factory)
{
    private const string Tenant = "xinjiang";

    private async Task<HttpClient> StaffAsync()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Email(Tenant, "staff"));
        return client;
    }

    private static Dictionary<string, string> TwoCriteria(string firstWeight, string secondWeight) => new()
    {
        ["Criteria[0].Name"] = "学术水平", ["Criteria[0].Weight"] = firstWeight, ["Criteria[0].MaxScore"] = "10",
        ["Criteria[1].Name"] = "经费合理性", ["Criteria[1].Description"] = "预算与任务匹配", ["Criteria[1].Weight"] = secondWeight, ["Criteria[1].MaxScore"] = "10",
        ["Criteria[2].Name"] = "", ["Criteria[2].Weight"] = "", ["Criteria[2].MaxScore"] = "",
        ["Recommendations"] = "Support", ["AsksSuggestedAmount"] = "false", ["CommentMinLength"] = "20",
    };

    [Fact]
    public async Task Unconfigured_ShowsTheDefaultsFromTheNotices()
    {
        var calls = await SubmittedApplications.CreateAsync(factory, Tenant, 0);
        var client = await StaffAsync();

        var list = await client.GetPageAsync($"/{Tenant}/staff/calls/{calls.CallId}/review-forms");
        Assert.Contains("系统默认评审表", list.Text(), StringComparison.Ordinal);
        var edit = await client.GetPageAsync($"/{Tenant}/staff/categories/{calls.CategoryId}/review-form");
        Assert.Equal("项目意义与创新性", edit.GetElementById("Criteria[0].Name")!.GetAttribute("value"));
        Assert.Equal("30", edit.GetElementById("Criteria[0].Weight")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Weights_NotSummingTo100_AreRefused_WithTheSum_AndNothingSaved()
    {
        var calls = await SubmittedApplications.CreateAsync(factory, Tenant, 0);
        var client = await StaffAsync();
        var url = $"/{Tenant}/staff/categories/{calls.CategoryId}/review-form";

        using var response = await client.PostFormAsync(url, url, TwoCriteria("60", "30"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("各项权重之和为 90，必须等于 100", page.FieldError("Criteria"), StringComparison.Ordinal);
        Assert.Equal("学术水平", page.GetElementById("Criteria[0].Name")!.GetAttribute("value"));
        Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM review_forms WHERE call_id = $1", calls.CallId));
    }

    [Fact]
    public async Task Save_ThenTheSheetUsesIt_AndAfterAScoreItCanNoLongerChange()
    {
        var setup = await ScoringSetup.CreateAsync(factory, Tenant);
        var client = await StaffAsync();
        var url = $"/{Tenant}/staff/categories/{setup.Calls.CategoryId}/review-form";

        using (var saved = await client.PostFormAsync(url, url, TwoCriteria("70", "30")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM review_forms WHERE category_id = $1", setup.Calls.CategoryId));

        var reviewer = factory.Browser();
        await reviewer.SignInAsync(DemoAccounts.Email(Tenant, "reviewer"));
        var sheetUrl = $"/{Tenant}/review/assignments/{setup.Assignments[0]}/score";
        var sheet = await reviewer.GetPageAsync(sheetUrl);
        Assert.Contains("学术水平", sheet.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("项目意义与创新性", sheet.Text(), StringComparison.Ordinal);
        using (var submitted = await reviewer.PostFormAsync(sheetUrl, sheetUrl, new Dictionary<string, string>
        {
            ["Scores[c1]"] = "9", ["Scores[c2]"] = "6.5", ["Recommendation"] = "Support", ["Comment"] = "学术水平较高，选题有针对性，经费预算基本合理，建议资助。", ["Confirmed"] = "true", ["Intent"] = "submit",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }
        // 9/10×70 + 6.5/10×30 = 63 + 19.5
        Assert.Equal(82.50m, await factory.ScalarAsync("SELECT total FROM review_scores WHERE assignment_id = $1", setup.Assignments[0]));

        var refused = await client.PostFormAsync(url, url, TwoCriteria("50", "50"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("已有专家提交评分，评审表不能再修改", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(70m, await factory.ScalarAsync("SELECT (content->'criteria'->0->>'weight')::numeric FROM review_forms WHERE category_id = $1", setup.Calls.CategoryId));
    }

    [Fact]
    public async Task CallWideForm_AppliesToCategoriesWithoutTheirOwn()
    {
        var calls = await SubmittedApplications.CreateAsync(factory, Tenant, 0);
        var client = await StaffAsync();
        var url = $"/{Tenant}/staff/calls/{calls.CallId}/review-form";

        using var response = await client.PostFormAsync(url, url, TwoCriteria("50", "50"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await client.GetPageAsync($"/{Tenant}/staff/calls/{calls.CallId}/review-forms");
        Assert.Contains("通知统一评审表", list.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("学术水平（50%）", list.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherAssociationsCategory_Is404()
    {
        var guangxi = await SubmittedApplications.CreateAsync(factory, "guangxi", 0);
        var client = await StaffAsync();
        await client.GetPageAsync($"/{Tenant}/staff/categories/{guangxi.CategoryId}/review-form", HttpStatusCode.NotFound);
        await client.GetPageAsync($"/{Tenant}/staff/calls/{guangxi.CallId}/review-forms", HttpStatusCode.NotFound);
    }
}
