using GrantPortal.Domain.Notifications;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Notifications;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Notifications;

/// <summary>
/// The outbox: without an SMTP host the sender logs messages (status Logged); claims lock with SKIP LOCKED, so two
/// senders never take the same message; an association's admin sees its messages and no other association's.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OutboxTests(PortalFactory factory)
{
    // Due only "in the future", so the app's own background sender (on the real time) leaves them to these tests.
    private static readonly DateTimeOffset Future = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private PortalDbContext Owner() => factory.Services.GetRequiredService<DatabaseInitializer>().CreateOwnerContext();

    private async Task<List<Guid>> AddEmailsAsync(int count, DateTimeOffset dueAt, Guid? associationId = null)
    {
        await using var db = Owner();
        var emails = Enumerable.Range(1, count).Select(i => new OutboxEmail(associationId, $"claim{i}@example.com", "认领测试 " + Guid.NewGuid(), "正文", dueAt)).ToList();
        db.OutboxEmails.AddRange(emails);
        await db.SaveChangesAsync();
        return emails.Select(e => e.Id).ToList();
    }

    private Task<object?> StatusAsync(Guid id) => factory.ScalarAsync("SELECT status FROM outbox_emails WHERE id = $1", id);

    [Fact]
    public async Task RunOnce_NoSmtpHost_MarksLogged()
    {
        var title = "回执 " + Guid.NewGuid();
        await factory.NotifyAsync("xinjiang", "applicant", title, email: true);
        var id = (Guid)(await factory.ScalarAsync("SELECT id FROM outbox_emails WHERE subject = $1", title))!;

        await factory.Services.GetRequiredService<OutboxSender>().RunOnceAsync(CancellationToken.None);

        // The app's background sender may have taken it a moment earlier; either way it ends Logged, never sent twice.
        for (var i = 0; i < 50 && (string?)await StatusAsync(id) != "Logged"; i++)
        {
            await Task.Delay(100);
        }
        Assert.Equal("Logged", await StatusAsync(id));
        Assert.NotNull(await factory.ScalarAsync("SELECT sent_at FROM outbox_emails WHERE id = $1", id));
    }

    [Fact]
    public async Task Claim_WhileAnotherSenderHoldsItsClaim_SkipsThoseRows_WithoutWaiting()
    {
        var ids = await AddEmailsAsync(40, Future);
        var now = Future.AddSeconds(1);
        List<Guid> first, second;
        await using (var a = Owner())
        await using (var b = Owner())
        {
            await using var transaction = await a.Database.BeginTransactionAsync();
            first = (await OutboxClaims.ClaimAsync(a, now, 20, TimeSpan.FromMinutes(5), CancellationToken.None)).Select(e => e.Id).ToList();
            // a's rows stay locked (uncommitted): b must skip them at once, not wait for them.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            second = (await OutboxClaims.ClaimAsync(b, now, 20, TimeSpan.FromMinutes(5), timeout.Token)).Select(e => e.Id).ToList();
            await transaction.CommitAsync();
        }
        try
        {
            Assert.Equal(20, first.Count);
            Assert.Equal(20, second.Count);
            Assert.Empty(first.Intersect(second));
        }
        finally
        {
            await ReleaseOthersAsync(ids, first.Concat(second));
        }
    }

    [Fact]
    public async Task Claim_ManySendersInParallel_NeverGetTheSameMessage()
    {
        var ids = await AddEmailsAsync(60, Future.AddYears(1));
        var now = Future.AddYears(1).AddSeconds(1);

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var db = Owner();
            return (await OutboxClaims.ClaimAsync(db, now, 25, TimeSpan.FromMinutes(5), CancellationToken.None)).Select(e => e.Id).ToList();
        }));
        var all = claims.SelectMany(c => c).ToList();
        try
        {
            Assert.Equal(all.Count, all.Distinct().Count());
            Assert.Subset(all.ToHashSet(), ids.ToHashSet());
            // Claimed: another claim before the claims run out gets none of them.
            await using var db = Owner();
            var again = await OutboxClaims.ClaimAsync(db, now.AddMinutes(1), 100, TimeSpan.FromMinutes(5), CancellationToken.None);
            Assert.Empty(again.Select(e => e.Id).Intersect(all));
        }
        finally
        {
            await ReleaseOthersAsync(ids, all);
        }
    }

    /// <summary>Messages of other tests these claims took (they were due too) go back to the queue.</summary>
    private async Task ReleaseOthersAsync(List<Guid> mine, IEnumerable<Guid> claimed)
    {
        var others = claimed.Except(mine).ToArray();
        if (others.Length > 0)
        {
            await using var db = Owner();
            await db.OutboxEmails.Where(e => others.Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.LockedUntil, (DateTimeOffset?)null));
        }
    }

    [Fact]
    public async Task AdminOutboxPage_ShowsOwnAssociationsMessagesWithStatus()
    {
        var xinjiang = (Guid)(await factory.ScalarAsync("SELECT id FROM associations WHERE identifier = 'xinjiang'"))!;
        var guangxi = (Guid)(await factory.ScalarAsync("SELECT id FROM associations WHERE identifier = 'guangxi'"))!;
        var own = "新疆邮件 " + Guid.NewGuid();
        var foreign = "广西邮件 " + Guid.NewGuid();
        await using (var db = Owner())
        {
            db.OutboxEmails.Add(new OutboxEmail(xinjiang, "a@example.com", own, "正文", Future));
            db.OutboxEmails.Add(new OutboxEmail(guangxi, "b@example.com", foreign, "正文", Future));
            await db.SaveChangesAsync();
        }
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Email("xinjiang", "admin"));

        var page = await client.GetPageAsync("/xinjiang/admin/outbox");

        var row = page.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(own, StringComparison.Ordinal));
        Assert.Equal("待发送", row.QuerySelector("td.status")!.TextContent.Trim());
        Assert.DoesNotContain(foreign, page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminOutboxPage_Staff_IsRefused()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Email("xinjiang", "staff"));

        using var response = await client.GetAsync("/xinjiang/admin/outbox");

        Assert.NotEqual(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
