using System.Net;
using GrantPortal.Domain.Calls;
using GrantPortal.IntegrationTests.Support;
using Npgsql;

namespace GrantPortal.IntegrationTests.Money;

/// <summary>
/// 拨付 on the staff award page: a due tranche has a form, a planned one none (and a forged post is refused); bad input,
/// a voucher booked before and a stale version change nothing; each payment writes a journal line the app's database
/// role can never change or delete. Other associations' awards answer 404 (the cross-tenant walker knows no award ids).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AwardPaymentTests(PortalFactory factory)
{
    private async Task<(FundedAwards.Setup Setup, HttpClient Client, string Url)> StartAsync(int count = 1)
    {
        var setup = await FundedAwards.CreateAsync(factory, "xinjiang", count);
        var client = factory.Browser();
        await client.SignInAsync("staff@xinjiang.example.com");
        return (setup, client, $"/xinjiang/staff/awards/{setup.AwardIds[0]}");
    }

    private Task<long> EntriesAsync(Guid awardId) => factory.CountAsync("SELECT count(*) FROM payment_entries WHERE award_id = $1", awardId);

    [Fact]
    public async Task DueTranche_IsPaid_WithAJournalLineTheAppRoleCannotChangeOrDelete()
    {
        var (setup, client, url) = await StartAsync();
        var page = await client.GetPageAsync(url);
        Assert.Contains("3万元", page.GetElementById("amount")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll($"form[action='{url}/pay']"));
        Assert.Equal("1", page.QuerySelector($"form[action='{url}/pay'] input[name=Number]")!.GetAttribute("value"));
        foreach (var link in new[] { "agreement", "midterm", "changes", "acceptance" })
        {
            Assert.NotNull(page.QuerySelector($"a[href='{url}/{link}']"));
        }
        var voucher = MoneyTestSupport.Voucher();

        using var response = await client.PostFormAsync(url, url + "/pay", MoneyTestSupport.Payment(1, 1, MoneyTestSupport.Today, voucher));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        page = await client.GetPageAsync(url);
        var row = page.QuerySelector("#tranches tr[data-number='1']")!.TextContent;
        Assert.Contains("已拨付", row, StringComparison.Ordinal);
        Assert.Contains(voucher, row, StringComparison.Ordinal);
        Assert.Contains("staff@xinjiang.example.com", row, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll($"form[action='{url}/pay']"));
        Assert.Contains(voucher, page.GetElementById("journal")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1L, await factory.CountAsync(
            "SELECT count(*) FROM payment_entries WHERE award_id = $1 AND kind = 'Payment' AND tranche_number = 1 AND amount = 18000 AND voucher_number = $2 AND recorded_by_name = 'staff@xinjiang.example.com' AND recorded_by IS NOT NULL",
            setup.AwardIds[0], voucher));

        await using var connection = new NpgsqlConnection(factory.Database.AppConnectionString);
        await connection.OpenAsync();
        await using (var set = new NpgsqlCommand($"SELECT set_config('app.tenant_id', '{setup.Call.TenantId}', false)", connection))
        {
            await set.ExecuteNonQueryAsync();
        }
        await using (var visible = new NpgsqlCommand($"SELECT count(*) FROM payment_entries WHERE award_id = '{setup.AwardIds[0]}'", connection))
        {
            Assert.Equal(1L, await visible.ExecuteScalarAsync());
        }
        foreach (var sql in new[] { $"UPDATE payment_entries SET amount = 1 WHERE award_id = '{setup.AwardIds[0]}'", $"DELETE FROM payment_entries WHERE award_id = '{setup.AwardIds[0]}'" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        }
        Assert.Equal(1L, await EntriesAsync(setup.AwardIds[0]));
    }

    [Fact]
    public async Task BadDateOrVoucher_RefusedWithAMessage_AndNothingChanges()
    {
        var (setup, client, url) = await StartAsync();

        using (var response = await client.PostFormAsync(url, url + "/pay", MoneyTestSupport.Payment(1, 1, "", "")))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var page = Html.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("请填写拨付日期", page.FieldError("PaidOn"));
            Assert.Equal("请填写凭证号", page.FieldError("VoucherNumber"));
        }
        using (var response = await client.PostFormAsync(url, url + "/pay", MoneyTestSupport.Payment(1, 1, "2099-01-01", "JZ-FUTURE")))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var page = Html.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("日期不能晚于今天（北京时间）", page.FieldError("PaidOn"));
            Assert.Equal("JZ-FUTURE", page.GetElementById("VoucherNumber")!.GetAttribute("value"));
        }
        using (var response = await client.PostFormAsync(url, url + "/pay", MoneyTestSupport.Payment(1, 1, "2026-13-45", "JZ-X")))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.NotNull(Html.Parse(await response.Content.ReadAsStringAsync()).FieldError("PaidOn"));
        }

        Assert.Equal(0L, await EntriesAsync(setup.AwardIds[0]));
        Assert.Equal(1L, await factory.CountAsync("SELECT count(*) FROM awards WHERE id = $1 AND version = 1", setup.AwardIds[0]));
        Assert.Equal(1L, await factory.CountAsync("SELECT count(*) FROM award_tranches WHERE award_id = $1 AND status = 'Due' AND voucher_number IS NULL", setup.AwardIds[0]));
    }

    [Fact]
    public async Task PlannedTranche_HasNoForm_AndAForgedPostIsRefused()
    {
        var (setup, client, url) = await StartAsync();
        var page = await client.GetPageAsync(url);
        Assert.Null(page.QuerySelector($"form[action='{url}/pay'] input[name=Number][value='2']"));
        Assert.Contains("未到拨付条件", page.QuerySelector("#tranches tr[data-number='2']")!.TextContent, StringComparison.Ordinal);

        using var response = await client.PostFormAsync(url, url + "/pay", MoneyTestSupport.Payment(2, 1, MoneyTestSupport.Today, MoneyTestSupport.Voucher()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("该期拨款尚未到拨付条件", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0L, await EntriesAsync(setup.AwardIds[0]));
        Assert.Equal(1L, await factory.CountAsync("SELECT count(*) FROM award_tranches WHERE award_id = $1 AND number = 2 AND status = 'Planned'", setup.AwardIds[0]));
    }

    [Fact]
    public async Task AVoucherBookedBefore_IsRefused_NamingWhereItWasUsed()
    {
        var (setup, client, _) = await StartAsync(count: 2);
        var voucher = MoneyTestSupport.Voucher();
        await MoneyTestSupport.PayAsync(factory, "xinjiang", setup.AwardIds[0], 1, voucher);
        var other = $"/xinjiang/staff/awards/{setup.AwardIds[1]}";

        using var response = await client.PostFormAsync(other, other + "/pay", MoneyTestSupport.Payment(1, 1, MoneyTestSupport.Today, voucher));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal($"凭证号已用于 {setup.Call.Applications[0].Number} 第 1 期拨付，同一凭证号不能重复登记", page.FieldError("VoucherNumber"));
        Assert.Equal(0L, await EntriesAsync(setup.AwardIds[1]));
        Assert.Equal(1L, await factory.CountAsync("SELECT count(*) FROM payment_entries WHERE voucher_number = $1", voucher));
    }

    [Fact]
    public async Task AStaleVersion_IsRefused_NamingWhatChanged()
    {
        var (setup, client, url) = await StartAsync();
        var opened = (await client.GetPageAsync(url)).QuerySelector($"form[action='{url}/pay'] input[name=OpenedAt]")!.GetAttribute("value")!;
        // Meanwhile a colleague pays the first tranche and the mid-term evaluation is passed.
        var voucher = MoneyTestSupport.Voucher();
        await MoneyTestSupport.PayAsync(factory, "xinjiang", setup.AwardIds[0], 1, voucher);
        await MoneyTestSupport.MeetAsync(factory, "xinjiang", setup.AwardIds[0], DisbursementMilestone.MidTermEvaluation);

        using var response = await client.PostFormAsync(url, url + "/pay", MoneyTestSupport.Payment(2, 1, MoneyTestSupport.Today, MoneyTestSupport.Voucher(), long.Parse(opened, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var stale = Html.Parse(await response.Content.ReadAsStringAsync()).GetElementById("stale")!.TextContent;
        Assert.Contains("已被修改（现为第 3 版）", stale, StringComparison.Ordinal);
        Assert.Contains($"财务 登记了第 1 期拨付 1.8万元（凭证号 {voucher}）", stale, StringComparison.Ordinal);
        Assert.Contains("已通过中期评估", stale, StringComparison.Ordinal);
        Assert.Equal(1L, await EntriesAsync(setup.AwardIds[0]));
        Assert.Equal(1L, await factory.CountAsync("SELECT count(*) FROM award_tranches WHERE award_id = $1 AND number = 2 AND status = 'Due'", setup.AwardIds[0]));
    }

    [Fact]
    public async Task OtherAssociationsAward_Is404()
    {
        var (setup, _, _) = await StartAsync();
        var guangxi = factory.Browser();
        await guangxi.SignInAsync("staff@guangxi.example.com");
        var foreign = $"/guangxi/staff/awards/{setup.AwardIds[0]}";
        await guangxi.GetPageAsync(foreign, HttpStatusCode.NotFound);
        var token = (await guangxi.GetPageAsync("/guangxi/staff/debarments")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var action in new[] { "/pay", "/recover" })
        {
            var fields = new Dictionary<string, string>(MoneyTestSupport.Payment(1, 1, MoneyTestSupport.Today, "X")) { ["__RequestVerificationToken"] = token };
            using var response = await guangxi.PostAsync(foreign + action, new FormUrlEncodedContent(fields));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        await guangxi.GetPageAsync($"/guangxi/staff/calls/{setup.Call.CallId}/ledger", HttpStatusCode.NotFound);
        await guangxi.GetPageAsync($"/guangxi/staff/calls/{setup.Call.CallId}/awards", HttpStatusCode.NotFound);
        Assert.Equal(0L, await EntriesAsync(setup.AwardIds[0]));
    }
}
