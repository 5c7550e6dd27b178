using System.Net;
using GrantPortal.Infrastructure.Notices;
using GrantPortal.IntegrationTests.Reviews.Ranking;
using GrantPortal.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Notices;

/// <summary>立项公示: published from the confirmed decision, objections while open, closing by itself, 立项 into awards.</summary>
[Collection(PortalCollection.Name)]
public sealed class PublicNoticeTests(PortalFactory factory)
{
    private const string Reasons = "该项目合作单位并未实际参与项目，申报材料与事实不符，请核实。";

    /// <summary>Three scored applications, cap 6万 → two approved (3万 each), the decision confirmed; a staff client.</summary>
    private async Task<(SubmittedApplications.Setup Setup, HttpClient Staff)> ConfirmedAsync()
    {
        var setup = await ReviewedCall.CreateAsync(factory, "xinjiang", [[90m, 88m], [80m, 82m], [60m, 50m]]);
        await factory.ScalarAsync("UPDATE grant_categories SET budget_cap = 60000 WHERE id = $1", setup.CategoryId);
        var staff = factory.Browser();
        await staff.SignInAsync("staff@xinjiang.example.com");
        var url = $"/xinjiang/staff/calls/{setup.CallId}/decision";
        await staff.GetPageAsync(url);
        using (var started = await staff.PostFormAsync(url, url + "/start", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        }
        using (var confirmed = await staff.PostFormAsync(url, url + "/confirm", new Dictionary<string, string> { ["version"] = "1" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        }
        return (setup, staff);
    }

    private static async Task<Guid> PublishAsync(HttpClient staff, Guid callId)
    {
        var url = $"/xinjiang/staff/calls/{callId}/notice";
        var page = await staff.GetPageAsync(url);
        Assert.Equal(2, page.QuerySelectorAll("#preview tbody tr").Length);
        Assert.NotNull(page.GetElementById("closes-at"));
        using var response = await staff.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["Title"] = page.GetElementById("Title")!.GetAttribute("value")!,
            ["Text"] = "经评审，拟立项以下项目，现予公示。",
            ["WorkingDays"] = "5",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    /// <summary>Posts with the antiforgery token of any form on the page (the finalise button is not shown while blocked).</summary>
    private static async Task<HttpResponseMessage> AnyTokenPostAsync(HttpClient client, string pageUrl, string action)
    {
        var token = (await client.GetPageAsync(pageUrl)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    private async Task<DateTimeOffset> ClosesAtAsync(Guid noticeId) =>
        new(DateTime.SpecifyKind((DateTime)(await factory.ScalarAsync("SELECT closes_at FROM public_notices WHERE id = $1", noticeId))!, DateTimeKind.Utc));

    [Fact]
    public async Task Journey_Publish_Object_Close_Dismiss_Finalise()
    {
        var (setup, staff) = await ConfirmedAsync();
        try
        {
            var noticeId = await PublishAsync(staff, setup.CallId);
            Assert.Equal(2L, await factory.CountAsync("SELECT count(*) FROM grant_applications WHERE call_id = $1 AND status = 'PublicNotice'", setup.CallId));

            // Anyone sees it, without signing in.
            var visitor = factory.Browser();
            var list = await visitor.GetPageAsync("/xinjiang/notices");
            var item = list.QuerySelector($"li[data-notice='{noticeId}']")!;
            Assert.Contains("公示中", item.TextContent, StringComparison.Ordinal);
            var noticeUrl = $"/xinjiang/notices/{noticeId}";
            var page = await visitor.GetPageAsync(noticeUrl);
            Assert.Equal(2, page.QuerySelectorAll("table.notice-lines tbody tr").Length);
            var token = page.QuerySelector("#objection-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var lineId = page.QuerySelectorAll("#LineId option").Select(o => o.GetAttribute("value")).First(v => v is { Length: > 0 })!;

            // Bad input: messages, nothing stored.
            using (var bad = await visitor.PostFormAsync(noticeUrl, noticeUrl + "/objections", new Dictionary<string, string> { ["Name"] = "", ["Reasons"] = "太短" }))
            {
                Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
                var errors = Html.Parse(await bad.Content.ReadAsStringAsync());
                Assert.Equal("请填写异议人姓名", errors.FieldError("Name"));
                Assert.Equal("请填写联系电话或电子邮箱（至少一项）", errors.FieldError("Phone"));
                Assert.Equal("异议理由至少需要 20 个字，请写明事实和依据", errors.FieldError("Reasons"));
                Assert.Equal("太短", errors.GetElementById("Reasons")!.TextContent);
            }
            Assert.Equal(0L, await factory.CountAsync("SELECT count(*) FROM public_notice_objections WHERE notice_id = $1", noticeId));

            // A good one: a receipt with a reference number.
            using (var filed = await visitor.PostFormAsync(noticeUrl, noticeUrl + "/objections", new Dictionary<string, string>
            {
                ["LineId"] = lineId, ["Name"] = "张三", ["Organization"] = "某大学", ["Phone"] = "0991-1234567", ["Reasons"] = Reasons,
            }))
            {
                Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
                var receipt = await visitor.GetPageAsync(filed.Headers.Location!.OriginalString);
                Assert.StartsWith("YY", receipt.GetElementById("reference")!.TextContent, StringComparison.Ordinal);
            }
            var objectionId = (Guid)(await factory.ScalarAsync("SELECT id FROM public_notice_objections WHERE notice_id = $1 AND status = 'Pending'", noticeId))!;

            // Finalising while open and pending: refused, the page says why.
            var staffUrl = $"/xinjiang/staff/notices/{noticeId}";
            using (var early = await AnyTokenPostAsync(staff, staffUrl, staffUrl + "/finalise"))
            {
                Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
            }
            var blockers = (await staff.GetPageAsync(staffUrl)).GetElementById("blockers")!.TextContent;
            Assert.Contains("公示期尚未结束", blockers, StringComparison.Ordinal);
            Assert.Contains("还有 1 件异议尚未处理", blockers, StringComparison.Ordinal);

            // The period ends by itself: no more objections.
            factory.Clock.Set((await ClosesAtAsync(noticeId)).AddMinutes(1));
            Assert.NotNull((await visitor.GetPageAsync(noticeUrl)).GetElementById("objections-closed"));
            using (var late = await visitor.PostAsync(noticeUrl + "/objections", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Name"] = "李四", ["Email"] = "li@example.com", ["Reasons"] = Reasons,
            })))
            {
                Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
                Assert.Contains("不再受理异议", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
            Assert.Equal(1L, await factory.CountAsync("SELECT count(*) FROM public_notice_objections WHERE notice_id = $1", noticeId));

            // The session of the week before has expired: sign in again.
            await staff.SignInAsync("staff@xinjiang.example.com");
            // Closed but pending: still refused.
            using (var pending = await AnyTokenPostAsync(staff, staffUrl, staffUrl + "/finalise"))
            {
                Assert.Equal(HttpStatusCode.Redirect, pending.StatusCode);
            }
            Assert.Equal(0L, await factory.CountAsync("SELECT count(*) FROM awards WHERE call_id = $1", setup.CallId));

            // Handling without the handling text: refused, nothing changes.
            var handleUrl = $"{staffUrl}/objections/{objectionId}";
            using (var badHandle = await staff.PostFormAsync(staffUrl, handleUrl, new Dictionary<string, string> { ["Decision"] = "dismissed", ["Handling"] = "", ["Outcome"] = "不成立" }))
            {
                Assert.Equal(HttpStatusCode.UnprocessableEntity, badHandle.StatusCode);
                Assert.Equal("请填写处理情况", Html.Parse(await badHandle.Content.ReadAsStringAsync()).FieldError("Handling"));
            }
            Assert.Equal("Pending", await factory.ScalarAsync("SELECT status FROM public_notice_objections WHERE id = $1", objectionId));

            using (var dismissed = await staff.PostFormAsync(staffUrl, handleUrl, new Dictionary<string, string>
            {
                ["Decision"] = "dismissed", ["Handling"] = "经核实，合作单位实际参与了项目。", ["Outcome"] = "异议不成立，维持公示结果。",
            }))
            {
                Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
            }
            Assert.Equal("Dismissed", await factory.ScalarAsync("SELECT status FROM public_notice_objections WHERE id = $1", objectionId));

            // 立项 (by staff, or by the background finaliser if it came first): awards with their tranche plans.
            var finalisePage = await staff.GetPageAsync(staffUrl);
            if (finalisePage.GetElementById("finalise-form") is not null)
            {
                using var finalised = await staff.PostFormAsync(staffUrl, staffUrl + "/finalise", new Dictionary<string, string>());
                Assert.Equal(HttpStatusCode.Redirect, finalised.StatusCode);
            }
            Assert.Equal(2L, await factory.CountAsync("SELECT count(*) FROM awards WHERE call_id = $1 AND notice_id = $2 AND amount = 30000", setup.CallId, noticeId));
            Assert.Equal(0L, await factory.CountAsync(
                "SELECT count(*) FROM awards a WHERE a.call_id = $1 AND (SELECT count(*) FROM award_tranches t WHERE t.award_id = a.id) = 0", setup.CallId));
            Assert.Equal(2L, await factory.CountAsync("SELECT count(*) FROM grant_applications WHERE call_id = $1 AND status = 'Approved'", setup.CallId));
            Assert.Equal(1L, await factory.CountAsync("SELECT count(*) FROM grant_applications WHERE call_id = $1 AND status = 'NotApproved'", setup.CallId));
            var after = await staff.GetPageAsync(staffUrl);
            Assert.Equal(2, after.QuerySelectorAll("#awards tbody tr").Length);
            Assert.Contains("已立项", (await visitor.GetPageAsync("/xinjiang/notices")).QuerySelector($"li[data-notice='{noticeId}']")!.TextContent, StringComparison.Ordinal);

            // Twice: refused, nothing more.
            using (var again = await staff.PostAsync(staffUrl + "/finalise", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = after.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            })))
            {
                Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
            }
            Assert.Equal(2L, await factory.CountAsync("SELECT count(*) FROM awards WHERE call_id = $1", setup.CallId));
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task BackgroundFinaliser_FinalisesAClosedNotice_ByItself()
    {
        var (setup, staff) = await ConfirmedAsync();
        try
        {
            var noticeId = await PublishAsync(staff, setup.CallId);
            var finaliser = factory.Services.GetRequiredService<NoticeFinaliser>();
            await finaliser.RunOnceAsync(CancellationToken.None);
            Assert.Null(await factory.ScalarAsync("SELECT finalised_at FROM public_notices WHERE id = $1", noticeId));

            factory.Clock.Set((await ClosesAtAsync(noticeId)).AddSeconds(1));
            Assert.True(await finaliser.RunOnceAsync(CancellationToken.None) >= 1);

            Assert.NotNull(await factory.ScalarAsync("SELECT finalised_at FROM public_notices WHERE id = $1", noticeId));
            Assert.Equal(2L, await factory.CountAsync("SELECT count(*) FROM awards WHERE notice_id = $1", noticeId));
            Assert.Equal(2L, await factory.CountAsync("SELECT count(*) FROM grant_applications WHERE call_id = $1 AND status = 'Approved'", setup.CallId));
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task OtherTenant_CannotSeeTheNotice()
    {
        var (setup, staff) = await ConfirmedAsync();
        var noticeId = await PublishAsync(staff, setup.CallId);
        var visitor = factory.Browser();

        await visitor.GetPageAsync($"/xinjiang/notices/{noticeId}");
        await visitor.GetPageAsync($"/guangxi/notices/{noticeId}", HttpStatusCode.NotFound);
        await visitor.GetPageAsync($"/guangxi/notices/{noticeId}/receipt", HttpStatusCode.NotFound);
        Assert.Null((await visitor.GetPageAsync("/guangxi/notices")).QuerySelector($"li[data-notice='{noticeId}']"));
        var guangxiStaff = factory.Browser();
        await guangxiStaff.SignInAsync("staff@guangxi.example.com");
        await guangxiStaff.GetPageAsync($"/guangxi/staff/notices/{noticeId}", HttpStatusCode.NotFound);
        await guangxiStaff.GetPageAsync($"/guangxi/staff/calls/{setup.CallId}/notice", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Publish_WithoutAConfirmedDecision_Refused()
    {
        var setup = await ReviewedCall.CreateAsync(factory, "xinjiang", [[90m, 88m]]);
        var staff = factory.Browser();
        await staff.SignInAsync("staff@xinjiang.example.com");

        var page = await staff.GetPageAsync($"/xinjiang/staff/calls/{setup.CallId}/notice");

        Assert.NotNull(page.GetElementById("not-confirmed"));
        Assert.Null(page.GetElementById("publish"));
        Assert.Equal(0L, await factory.CountAsync("SELECT count(*) FROM public_notices WHERE call_id = $1", setup.CallId));
    }
}
