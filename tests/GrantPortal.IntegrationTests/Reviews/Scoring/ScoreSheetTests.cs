using System.Net;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Reviews.Scoring;

/// <summary>
/// The expert's score sheet: only their own open assignment; a draft keeps what was typed; the confirmed submission
/// stores the weighted total and closes the sheet; a second submission is refused; blind to the other reviewers.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ScoreSheetTests(PortalFactory factory)
{
    private const string Tenant = "xinjiang";

    private static string Url(Guid assignmentId) => $"/{Tenant}/review/assignments/{assignmentId}/score";

    private async Task<HttpClient> ReviewerAsync()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Email(Tenant, "reviewer"));
        return client;
    }

    private static async Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, string url, string token, Dictionary<string, string> fields)
    {
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    [Fact]
    public async Task Sheet_OfTheExpertsOwnAssignment_ShowsTheApplicationAndTheDefaultCriteria()
    {
        var setup = await ScoringSetup.CreateAsync(factory, Tenant);
        var client = await ReviewerAsync();

        var page = await client.GetPageAsync(Url(setup.Assignments[0]));

        var text = page.Text();
        Assert.Contains(setup.Calls.Applications[0].Number, text, StringComparison.Ordinal);
        Assert.Contains(setup.Calls.Applications[0].Title, text, StringComparison.Ordinal);
        Assert.Contains("项目意义与创新性", text, StringComparison.Ordinal);
        Assert.Contains("经费预算合理性", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/{Tenant}/review/assignments/{setup.Assignments[0]}']"));
        Assert.NotNull(page.GetElementById("score-total"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/score-sheet.js']"));
    }

    [Fact]
    public async Task Draft_KeepsWhatWasTyped_EvenAnInvalidNumber()
    {
        var setup = await ScoringSetup.CreateAsync(factory, Tenant);
        var client = await ReviewerAsync();
        var url = Url(setup.Assignments[0]);

        using var response = await client.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["Scores[significance]"] = "二十五", ["Scores[budget]"] = "12.5", ["Comment"] = "初步意见：草稿", ["Recommendation"] = "SupportWithChanges", ["Intent"] = "draft",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(url, response.LocationPath());
        var page = await client.GetPageAsync(url);
        Assert.Equal("二十五", page.GetElementById("Scores[significance]")!.GetAttribute("value"));
        Assert.Equal("12.5", page.GetElementById("Scores[budget]")!.GetAttribute("value"));
        Assert.Equal("初步意见：草稿", page.GetElementById("Comment")!.TextContent);
        Assert.Equal("SupportWithChanges", page.QuerySelector("#Recommendation option[selected]")!.GetAttribute("value"));
        Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM review_scores WHERE assignment_id = $1", setup.Assignments[0]));
        Assert.Equal("Assigned", await factory.ScalarAsync("SELECT status FROM review_assignments WHERE id = $1", setup.Assignments[0]));
    }

    [Fact]
    public async Task Submit_StoresTheWeightedTotal_ClosesTheSheet_AndASecondSubmitIsRefused()
    {
        var setup = await ScoringSetup.CreateAsync(factory, Tenant);
        var client = await ReviewerAsync();
        var url = Url(setup.Assignments[0]);
        var token = (await client.GetPageAsync(url)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var comment = ScoringSetup.Comment("提交测试" + setup.Calls.Code);

        using (var response = await PostWithTokenAsync(client, url, token, ScoringSetup.ValidSheet(comment)))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal(83.50m, await factory.ScalarAsync("SELECT total FROM review_scores WHERE assignment_id = $1", setup.Assignments[0]));
        Assert.Equal(25000.50m, await factory.ScalarAsync("SELECT suggested_amount FROM review_scores WHERE assignment_id = $1", setup.Assignments[0]));
        Assert.Equal("Support", await factory.ScalarAsync("SELECT recommendation FROM review_scores WHERE assignment_id = $1", setup.Assignments[0]));
        Assert.Equal("Submitted", await factory.ScalarAsync("SELECT status FROM review_assignments WHERE id = $1", setup.Assignments[0]));
        Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM score_sheet_drafts WHERE assignment_id = $1", setup.Assignments[0]));
        var page = await client.GetPageAsync(url);
        Assert.Null(page.QuerySelector($"form[action='{url}']"));
        Assert.Contains("83.50", page.Text(), StringComparison.Ordinal);
        Assert.Contains(comment, page.Text(), StringComparison.Ordinal);

        var again = ScoringSetup.ValidSheet("第二次提交" + comment);
        again["Scores[significance]"] = "10";
        using (var second = await PostWithTokenAsync(client, url, token, again))
        {
            Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        }
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM review_scores WHERE assignment_id = $1", setup.Assignments[0]));
        Assert.Equal(83.50m, await factory.ScalarAsync("SELECT total FROM review_scores WHERE assignment_id = $1", setup.Assignments[0]));
        Assert.Contains("评分已提交，不能再次提交或修改", (await client.GetPageAsync(url)).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_WithProblems_ShowsThemByTheFields_SavesNoScore_AndKeepsTheDraft()
    {
        var setup = await ScoringSetup.CreateAsync(factory, Tenant);
        var client = await ReviewerAsync();
        var url = Url(setup.Assignments[0]);
        var sheet = ScoringSetup.ValidSheet("太短");
        sheet["Scores[significance]"] = "31";
        sheet["Scores[feasibility]"] = "abc";
        sheet["SuggestedAmount"] = "60000";
        sheet.Remove("Confirmed");

        using var response = await client.PostFormAsync(url, url, sheet);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("0 到 30", page.FieldError("Scores[significance]"), StringComparison.Ordinal);
        Assert.Contains("不是有效的数字", page.FieldError("Scores[feasibility]"), StringComparison.Ordinal);
        Assert.Contains("至少 50", page.FieldError("Comment"), StringComparison.Ordinal);
        Assert.NotNull(page.FieldError("SuggestedAmount"));
        Assert.NotNull(page.FieldError("Confirmed"));
        Assert.Equal("abc", page.GetElementById("Scores[feasibility]")!.GetAttribute("value"));
        Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM review_scores WHERE assignment_id = $1", setup.Assignments[0]));
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM score_sheet_drafts WHERE assignment_id = $1", setup.Assignments[0]));
    }

    [Fact]
    public async Task AnotherExpertsAssignment_Is404_ForGetAndPost()
    {
        var setup = await ScoringSetup.CreateAsync(factory, Tenant);
        var client = await ReviewerAsync();
        var ownUrl = Url(setup.Assignments[0]);
        var token = (await client.GetPageAsync(ownUrl)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var other = Url(setup.OtherAssignments[0]);

        await client.GetPageAsync(other, HttpStatusCode.NotFound);
        using var post = await PostWithTokenAsync(client, other, token, ScoringSetup.ValidSheet(ScoringSetup.Comment("越权")));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM review_scores WHERE assignment_id = $1", setup.OtherAssignments[0]));

        // Another association's reviewer, with this association's assignment id under their own tenant: nothing either.
        var guangxi = factory.Browser();
        await guangxi.SignInAsync(DemoAccounts.Email("guangxi", "reviewer"));
        await guangxi.GetPageAsync($"/guangxi/review/assignments/{setup.Assignments[0]}/score", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Blind_BeforeSubmitting_TheSheetShowsNothingOfAnotherReviewersScore()
    {
        var setup = await ScoringSetup.CreateAsync(factory, Tenant);
        var secret = "他人意见" + Guid.NewGuid().ToString("N")[..8];
        await ScoringSetup.SubmitDirectlyAsync(factory, Tenant, setup.OtherAssignments[0], ScoringSetup.Comment(secret), 3m);
        var client = await ReviewerAsync();

        var html = await (await client.GetAsync(Url(setup.Assignments[0]))).Content.ReadAsStringAsync();

        Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("对照专家", html, StringComparison.Ordinal);
        Assert.DoesNotContain("不建议资助</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("15.00", html, StringComparison.Ordinal); // the other's total: 3 points on each of five criteria
    }

    [Fact]
    public async Task Staff_AndApplicants_CannotOpenTheSheet()
    {
        var setup = await ScoringSetup.CreateAsync(factory, Tenant);
        foreach (var role in new[] { "staff", "applicant" })
        {
            var client = factory.Browser();
            await client.SignInAsync(DemoAccounts.Email(Tenant, role));
            using var response = await client.GetAsync(Url(setup.Assignments[0]));
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
