using System.Net;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Notifications;

/// <summary>消息: each person sees only their own notifications, newest first, unread marked; marks one or all read.</summary>
[Collection(PortalCollection.Name)]
public sealed class NotificationPageTests(PortalFactory factory)
{
    private const string Page = "/xinjiang/notifications";

    private async Task<HttpClient> SignedInAsync(string tenant, string role)
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Email(tenant, role));
        return client;
    }

    private Task<object?> ReadAtAsync(Guid id) => factory.ScalarAsync("SELECT read_at FROM notifications WHERE id = $1", id);

    [Fact]
    public async Task Page_ShowsOnlyOwnNotifications_NewestFirst_UnreadMarked()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await factory.NotifyAsync("xinjiang", "applicant", "较早的消息 " + marker);
        factory.Clock.Set(factory.Clock.GetUtcNow().AddSeconds(1));
        await factory.NotifyAsync("xinjiang", "applicant", "较新的消息 " + marker);
        await factory.NotifyAsync("xinjiang", "staff", "工作人员的消息 " + marker);
        await factory.NotifyAsync("guangxi", "applicant", "广西的消息 " + marker);
        var client = await SignedInAsync("xinjiang", "applicant");

        var page = await client.GetPageAsync(Page);

        var titles = page.QuerySelectorAll("li.unread h2").Select(h => h.TextContent.Trim()).Where(t => t.Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, titles.Count);
        Assert.Contains("较新的消息", titles[0], StringComparison.Ordinal);
        Assert.Contains("较早的消息", titles[1], StringComparison.Ordinal);
        Assert.All(titles, t => Assert.Contains("未读", t, StringComparison.Ordinal));
        Assert.DoesNotContain("工作人员的消息 " + marker, page.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("广西的消息 " + marker, page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_OwnNotification_MarkedRead_AndOpenGoesToItsLink()
    {
        var title = "去看看 " + Guid.NewGuid();
        var id = await factory.NotifyAsync("xinjiang", "applicant", title, link: "/xinjiang");
        var client = await SignedInAsync("xinjiang", "applicant");

        using var response = await client.PostFormAsync(Page, $"/xinjiang/notifications/{id}/read", new Dictionary<string, string> { ["open"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/xinjiang", response.Headers.Location?.OriginalString);
        Assert.NotNull(await ReadAtAsync(id));
        var page = await client.GetPageAsync(Page);
        var item = page.GetElementById($"n-{id}")!;
        Assert.Contains("read", item.ClassList);
        Assert.DoesNotContain("unread", item.ClassList);
    }

    [Fact]
    public async Task Read_AnotherPersonsNotification_Is404_AndStaysUnread()
    {
        var mine = await factory.NotifyAsync("xinjiang", "applicant", "我的 " + Guid.NewGuid());
        var staffs = await factory.NotifyAsync("xinjiang", "staff", "别人的 " + Guid.NewGuid());
        var guangxi = await factory.NotifyAsync("guangxi", "applicant", "广西的 " + Guid.NewGuid());
        var client = await SignedInAsync("xinjiang", "applicant");
        var token = (await client.GetPageAsync(Page)).QuerySelector($"form[action='/xinjiang/notifications/{mine}/read'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        foreach (var other in new[] { staffs, guangxi })
        {
            using var response = await client.PostAsync($"/xinjiang/notifications/{other}/read",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Null(await ReadAtAsync(other));
        }
    }

    [Fact]
    public async Task ReadAll_MarksOnlyOwnNotificationsRead()
    {
        var one = await factory.NotifyAsync("xinjiang", "reviewer", "一 " + Guid.NewGuid());
        var two = await factory.NotifyAsync("xinjiang", "reviewer", "二 " + Guid.NewGuid());
        var staffs = await factory.NotifyAsync("xinjiang", "staff", "别人的 " + Guid.NewGuid());
        var client = await SignedInAsync("xinjiang", "reviewer");

        using var response = await client.PostFormAsync(Page, "/xinjiang/notifications/read-all", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await ReadAtAsync(one));
        Assert.NotNull(await ReadAtAsync(two));
        Assert.Null(await ReadAtAsync(staffs));
        var page = await client.GetPageAsync(Page);
        Assert.Empty(page.QuerySelectorAll("li.unread"));
        Assert.Null(page.QuerySelector("form[action='/xinjiang/notifications/read-all']"));
    }

    [Fact]
    public async Task Badge_ShowsTheUnreadCount()
    {
        var client = await SignedInAsync("hunan", "staff");
        var before = int.Parse((await client.GetPageAsync("/hunan/notifications/badge")).QuerySelector("a.notification-badge")!.GetAttribute("data-unread")!, System.Globalization.CultureInfo.InvariantCulture);
        await factory.NotifyAsync("hunan", "staff", "徽标 " + Guid.NewGuid());

        var badge = (await client.GetPageAsync("/hunan/notifications/badge")).QuerySelector("a.notification-badge")!;

        Assert.Equal((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), badge.GetAttribute("data-unread"));
        Assert.Equal("/hunan/notifications", badge.GetAttribute("href"));
    }

    [Fact]
    public async Task Page_NotSignedIn_GoesToSignIn()
    {
        using var response = await factory.Browser().GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
