using GrantPortal.Domain.Common;
using GrantPortal.Domain.Notifications;

namespace GrantPortal.Domain.Tests.Notifications;

/// <summary>Tests for <see cref="OutboxEmail"/>: due at once, retried with a growing delay, failed after five attempts.</summary>
public class OutboxEmailTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private static OutboxEmail Email() => new(Guid.NewGuid(), "applicant@xinjiang.example.com", "申报回执", "您的申报已提交。", Now);

    [Fact]
    public void Constructor_IsPendingAndDueNow()
    {
        var email = Email();

        Assert.Equal(OutboxStatus.Pending, email.Status);
        Assert.Equal(Now, email.NextAttemptAt);
        Assert.Equal(0, email.Attempts);
    }

    [Fact]
    public void Constructor_SubjectWithLineBreaks_OneLine()
    {
        var email = new OutboxEmail(null, "a@example.com", "申报回执\r\nBcc: x@example.com", "", Now);

        Assert.Equal("申报回执 Bcc: x@example.com", email.Subject);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-address")]
    [InlineData("a b@example.com")]
    public void Constructor_BadAddress_Refused(string to)
    {
        var e = Assert.Throws<DomainException>(() => new OutboxEmail(null, to, "s", "b", Now));

        Assert.Equal("outbox.address_invalid", e.Code);
    }

    [Fact]
    public void MarkAttemptFailed_RetriesLaterEachTime_ThenFailsAtTheFifth()
    {
        var email = Email();
        var expectedDelays = new[] { 1, 2, 4, 8 };

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            email.MarkAttemptFailed("connection refused", Now);
            Assert.Equal(OutboxStatus.Pending, email.Status);
            Assert.Equal(Now.AddMinutes(expectedDelays[attempt - 1]), email.NextAttemptAt);
        }
        email.MarkAttemptFailed("connection refused", Now);

        Assert.Equal(OutboxStatus.Failed, email.Status);
        Assert.Equal(5, email.Attempts);
        Assert.Equal("connection refused", email.LastError);
    }

    [Fact]
    public void MarkSent_RecordsTheTime_AndCannotBeSentAgain()
    {
        var email = Email();

        email.MarkSent(Now.AddSeconds(3));

        Assert.Equal(OutboxStatus.Sent, email.Status);
        Assert.Equal(Now.AddSeconds(3), email.SentAt);
        Assert.Throws<DomainException>(() => email.MarkSent(Now));
    }

    [Fact]
    public void MarkLogged_IsFinal()
    {
        var email = Email();

        email.MarkLogged(Now);

        Assert.Equal(OutboxStatus.Logged, email.Status);
        Assert.Throws<DomainException>(() => email.MarkAttemptFailed("x", Now));
    }
}
