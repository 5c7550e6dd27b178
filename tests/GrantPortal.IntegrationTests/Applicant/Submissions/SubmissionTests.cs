using System.Net;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Applicant.Submissions;

/// <summary>
/// The submission rules on the server: the deadline to the second in Beijing time, one submission however often it is
/// sent at once, versions kept across a withdrawal, the similarity check with the staff override, receipts.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SubmissionTests(PortalFactory factory)
{
    private const string Applicant = "applicant@guangxi.example.com";
    private const string LongContent = "本项目围绕广西新材料产业发展需求，邀请区内外高校、科研院所和企业专家，举办为期两天的学术研讨会，交流最新研究成果，推动产学研合作。";

    private static Dictionary<string, string> Revision(int revision) => new() { ["Revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private async Task<HttpClient> ApplicantAsync()
    {
        var client = factory.Browser();
        await client.SignInAsync(Applicant);
        return client;
    }

    /// <summary>Posts the submit form as the check page would (the token from any page of the applicant's).</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, Guid id, int revision, string tenant = "guangxi")
    {
        var token = (await client.GetPageAsync($"/{tenant}/my/applications")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = Revision(revision);
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync($"/{tenant}/my/applications/{id}/submit", new FormUrlEncodedContent(fields));
    }

    private async Task WithClockAsync(DateTimeOffset now, Func<Task> test)
    {
        factory.Clock.Set(now);
        try
        {
            await test();
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task Submit_AtOneSecondBeforeAnEighteenHundredDeadline_IsAccepted_WithANumberAndTheTime()
    {
        var call = await SubmissionSetup.PublishedCallAsync(factory);
        var organization = await SubmissionSetup.OrganizationOfAsync(factory, Applicant);
        var id = await SubmissionSetup.DraftAsync(factory, call, organization, "新材料学术研讨会", LongContent);
        HttpClient client = null!;

        await WithClockAsync(SubmissionSetup.Deadline.AddSeconds(-1), async () =>
        {
            client = await ApplicantAsync(); // signed in on the test clock: the sign-in cookie's lifetime runs on it too
            using var response = await SubmitAsync(client, id, 1);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal($"/guangxi/my/applications/{id}/receipt", response.LocationPath());
        });

        client = await ApplicantAsync();
        var receipt = await client.GetPageAsync($"/guangxi/my/applications/{id}/receipt");
        Assert.Equal($"GX-{call.Code}-0001", receipt.GetElementById("number")!.TextContent);
        Assert.Contains("2030-06-30 17:59:59", receipt.GetElementById("submitted-at")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1L, await factory.CountAsync("SELECT count(*) FROM application_submissions WHERE application_id = $1", id));
    }

    [Fact]
    public async Task Submit_AtTheDeadlineInstant_IsRefused_AndNothingIsSubmitted()
    {
        var call = await SubmissionSetup.PublishedCallAsync(factory);
        var organization = await SubmissionSetup.OrganizationOfAsync(factory, Applicant);
        var id = await SubmissionSetup.DraftAsync(factory, call, organization, "新材料学术研讨会", LongContent);
        await WithClockAsync(SubmissionSetup.Deadline, async () =>
        {
            var client = await ApplicantAsync();
            using var response = await SubmitAsync(client, id, 1);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var page = Html.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains("已过申报截止时间（2030-06-30 18:00 北京时间）", page.Text(), StringComparison.Ordinal);
        });

        Assert.Equal("Draft", await factory.ScalarAsync("SELECT status FROM grant_applications WHERE id = $1", id));
        Assert.Equal(0L, await factory.CountAsync("SELECT count(*) FROM application_submissions WHERE application_id = $1", id));
    }

    [Fact]
    public async Task Submit_SentFiveTimesAtOnce_YieldsOneSubmission()
    {
        var call = await SubmissionSetup.PublishedCallAsync(factory);
        var organization = await SubmissionSetup.OrganizationOfAsync(factory, Applicant);
        var id = await SubmissionSetup.DraftAsync(factory, call, organization, "并发提交测试项目名称", LongContent);
        var client = await ApplicantAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => SubmitAsync(client, id, 1)));

        Assert.All(responses, r => Assert.Equal($"/guangxi/my/applications/{id}/receipt", r.LocationPath()));
        Assert.Equal(1L, await factory.CountAsync("SELECT count(*) FROM application_submissions WHERE application_id = $1", id));
        Assert.Equal(1L, await factory.CountAsync("SELECT last FROM application_sequences WHERE category_id = $1", call.CategoryId));
    }

    [Fact]
    public async Task WithdrawAndResubmit_KeepsBothVersions_AndTheNumber()
    {
        var call = await SubmissionSetup.PublishedCallAsync(factory);
        var organization = await SubmissionSetup.OrganizationOfAsync(factory, Applicant);
        var id = await SubmissionSetup.DraftAsync(factory, call, organization, "初版项目名称", LongContent);
        var client = await ApplicantAsync();
        (await SubmitAsync(client, id, 1)).Dispose();

        using (var withdrawn = await client.PostFormAsync($"/guangxi/my/applications/{id}/receipt", $"/guangxi/my/applications/{id}/withdraw", Revision(2)))
        {
            Assert.Equal($"/guangxi/my/applications/{id}", withdrawn.LocationPath());
        }
        Assert.Equal("Withdrawn", await factory.ScalarAsync("SELECT status FROM grant_applications WHERE id = $1", id));
        await factory.ScalarAsync("UPDATE grant_applications SET values = jsonb_set(values, '{projectName}', '\"修订版项目名称\"'), title = '修订版项目名称' WHERE id = $1", id);
        (await SubmitAsync(client, id, 3)).Dispose();

        var receipt = await client.GetPageAsync($"/guangxi/my/applications/{id}/receipt");
        Assert.Equal($"GX-{call.Code}-0001", receipt.GetElementById("number")!.TextContent);
        Assert.Equal(2, receipt.QuerySelectorAll("main table tbody tr").Length);
        var first = await client.GetPageAsync($"/guangxi/my/applications/{id}/versions/1");
        Assert.Contains("初版项目名称", first.Text(), StringComparison.Ordinal);
        Assert.Contains("已被后来的提交取代", first.Text(), StringComparison.Ordinal);
        Assert.Contains("修订版项目名称", (await client.GetPageAsync($"/guangxi/my/applications/{id}/versions/2")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameProjectUnderAnotherName_IsRefused_UntilStaffAllowIt()
    {
        var call = await SubmissionSetup.PublishedCallAsync(factory);
        var organization = await SubmissionSetup.OrganizationOfAsync(factory, Applicant);
        var first = await SubmissionSetup.DraftAsync(factory, call, organization, "新材料产业学术研讨会", LongContent);
        var second = await SubmissionSetup.DraftAsync(factory, call, organization, "新材料产业发展高峰论坛", LongContent + "欢迎参加。");
        var client = await ApplicantAsync();
        (await SubmitAsync(client, first, 1)).Dispose();

        using (var refused = await SubmitAsync(client, second, 1))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var text = Html.Parse(await refused.Content.ReadAsStringAsync()).Text();
            Assert.Contains("《新材料产业学术研讨会》", text, StringComparison.Ordinal);
            Assert.Contains("高度相似", text, StringComparison.Ordinal);
        }
        Assert.Equal(first, await factory.ScalarAsync("SELECT similar_to_id FROM grant_applications WHERE id = $1", second));

        var staff = factory.Browser();
        await staff.SignInAsync("staff@guangxi.example.com");
        using (var allowed = await staff.PostFormAsync($"/guangxi/staff/applications/{second}", $"/guangxi/staff/applications/{second}/allow-similar",
            new Dictionary<string, string> { ["Reason"] = "经核实为两个不同活动：时间、地点、主题均不同" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        }
        using var accepted = await SubmitAsync(client, second, 1);
        Assert.Equal($"/guangxi/my/applications/{second}/receipt", accepted.LocationPath());
    }

    [Fact]
    public async Task AnotherOrganisationsApplication_IsNotFound()
    {
        var call = await SubmissionSetup.PublishedCallAsync(factory);
        var organization = await SubmissionSetup.OrganizationOfAsync(factory, Applicant);
        var id = await SubmissionSetup.DraftAsync(factory, call, organization, "他人的项目", LongContent);
        var other = factory.Browser();
        await other.SignInAsync("applicant@xinjiang.example.com");

        // Under guangxi the xinjiang society has no applicant role at all; under its own association the id is unknown.
        using (var forbidden = await other.GetAsync($"/guangxi/my/applications/{id}/receipt"))
        {
            Assert.StartsWith("/account/denied", forbidden.LocationPath(), StringComparison.Ordinal);
        }
        await other.GetPageAsync($"/xinjiang/my/applications/{id}/receipt", HttpStatusCode.NotFound);
        using var submit = await SubmitAsync(other, id, 1, "xinjiang");
        Assert.Equal(HttpStatusCode.NotFound, submit.StatusCode);
    }

    [Fact]
    public async Task MyApplications_ListsStateAndNextStep()
    {
        var call = await SubmissionSetup.PublishedCallAsync(factory);
        var organization = await SubmissionSetup.OrganizationOfAsync(factory, Applicant);
        var id = await SubmissionSetup.DraftAsync(factory, call, organization, "列表显示测试项目", LongContent);
        var client = await ApplicantAsync();

        var row = (await client.GetPageAsync("/guangxi/my/applications")).QuerySelectorAll("main tbody tr")
            .Single(r => r.TextContent.Contains("列表显示测试项目", StringComparison.Ordinal));

        Assert.Contains("草稿", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("继续填写", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJointApplicationNamingItsLeadAsAPartner_IsRefused_AndAProperOneShowsItsPartners()
    {
        var call = await SubmissionSetup.PublishedCallAsync(factory);
        var organization = await SubmissionSetup.OrganizationOfAsync(factory, Applicant);
        var lead = (string)(await factory.ScalarAsync("SELECT name FROM applicant_organizations WHERE id = $1", organization))!;
        var wrong = await SubmissionSetup.DraftAsync(factory, call, organization, "联合申报测试项目（一）", LongContent,
            new Dictionary<string, string> { ["partners.0.name"] = lead });
        var right = await SubmissionSetup.DraftAsync(factory, call, organization, "联合申报测试项目（二）", "另一项内容完全不同的联合活动：组织青少年科学营，走进实验室与科研人员面对面交流。",
            new Dictionary<string, string> { ["partners.0.name"] = "广西材料学会", ["partners.0.role"] = "承办" });
        var client = await ApplicantAsync();

        using (var refused = await SubmitAsync(client, wrong, 1))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("不能同时列为合作单位", Html.Parse(await refused.Content.ReadAsStringAsync()).Text(), StringComparison.Ordinal);
        }
        (await SubmitAsync(client, right, 1)).Dispose();
        Assert.Contains("广西材料学会", (await client.GetPageAsync($"/guangxi/my/applications/{right}/receipt")).Text(), StringComparison.Ordinal);
    }
}
