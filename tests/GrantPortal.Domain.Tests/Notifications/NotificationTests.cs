using GrantPortal.Domain.Common;
using GrantPortal.Domain.Notifications;

namespace GrantPortal.Domain.Tests.Notifications;

/// <summary>Tests for <see cref="Notification"/>: links stay on this site; reading keeps the first time.</summary>
public class NotificationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("/xinjiang/my/applications/1")]
    [InlineData("/")]
    public void Constructor_LocalLink_Kept(string link)
    {
        var notification = new Notification(Guid.NewGuid(), Guid.NewGuid(), " 申报已提交 ", "正文", link, Now);

        Assert.Equal(link, notification.Link);
        Assert.Equal("申报已提交", notification.Title);
        Assert.False(notification.IsRead);
    }

    [Theory]
    [InlineData("https://evil.example.com/")]
    [InlineData("//evil.example.com")]
    [InlineData("/\\evil.example.com")]
    [InlineData("xinjiang/notifications")]
    [InlineData("javascript:alert(1)")]
    public void Constructor_LinkToAnotherSite_Refused(string link)
    {
        var e = Assert.Throws<DomainException>(() => new Notification(Guid.NewGuid(), Guid.NewGuid(), "标题", "", link, Now));

        Assert.Equal("notification.link_not_local", e.Code);
    }

    [Fact]
    public void Constructor_BlankLink_IsNone()
    {
        Assert.Null(new Notification(Guid.NewGuid(), Guid.NewGuid(), "标题", "", "  ", Now).Link);
    }

    [Fact]
    public void Constructor_NoTitle_Refused()
    {
        Assert.Throws<DomainException>(() => new Notification(Guid.NewGuid(), Guid.NewGuid(), " ", "", null, Now));
    }

    [Fact]
    public void MarkRead_Twice_KeepsTheFirstTime()
    {
        var notification = new Notification(Guid.NewGuid(), Guid.NewGuid(), "标题", "", null, Now);

        notification.MarkRead(Now.AddMinutes(1));
        notification.MarkRead(Now.AddMinutes(2));

        Assert.Equal(Now.AddMinutes(1), notification.ReadAt);
        Assert.True(notification.IsRead);
    }
}
