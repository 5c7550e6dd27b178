using System.Net;
using GrantPortal.Infrastructure.Awards;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Money;

/// <summary>追回: a terminated award (unpaid tranches cancelled into the journal) shows a recovery form; too much is refused; the ledger follows.</summary>
[Collection(PortalCollection.Name)]
public sealed class RecoveryTests(PortalFactory factory)
{
    [Fact]
    public async Task TerminatedAward_RecordsRecoveries_AndTheLedgerShowsThem()
    {
        var setup = await FundedAwards.CreateAsync(factory, "xinjiang", 1);
        var awardId = setup.AwardIds[0];
        await MoneyTestSupport.PayAsync(factory, "xinjiang", awardId, 1, MoneyTestSupport.Voucher());
        await MoneyTestSupport.WithAwardsAsync(factory, "xinjiang", async (payments, _) =>
        {
            var award = (await payments.LoadAsync(awardId, default))!;
            Assert.Equal(PaymentStatus.Done, (await payments.TerminateAsync(awardId, "验收不通过", 10000m, award.Version, null, "财务", null, default)).Status);
        });
        Assert.Equal(2L, await factory.CountAsync("SELECT count(*) FROM payment_entries WHERE award_id = $1 AND kind = 'Cancellation' AND voucher_number IS NULL", awardId));
        var client = factory.Browser();
        await client.SignInAsync("staff@xinjiang.example.com");
        var url = $"/xinjiang/staff/awards/{awardId}";
        var page = await client.GetPageAsync(url);
        Assert.Contains("已终止", page.GetElementById("award-status")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll($"form[action='{url}/pay']"));
        var version = page.QuerySelector($"form[action='{url}/recover'] input[name=Version]")!.GetAttribute("value")!;
        Dictionary<string, string> Recovery(string amount, string voucher) => new()
        {
            ["Version"] = version, ["Amount"] = amount, ["ReceivedOn"] = MoneyTestSupport.Today, ["VoucherNumber"] = voucher,
        };

        using (var tooMuch = await client.PostFormAsync(url, url + "/recover", Recovery("10000.01", "SH-" + Guid.NewGuid().ToString("N")[..8])))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
            Assert.Equal("追回金额必须大于零，且不超过尚待追回的金额", Html.Parse(await tooMuch.Content.ReadAsStringAsync()).FieldError("Amount"));
        }
        using (var ok = await client.PostFormAsync(url, url + "/recover", Recovery("6000", "SH-" + Guid.NewGuid().ToString("N")[..8])))
        {
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }
        Assert.Equal(1L, await factory.CountAsync("SELECT count(*) FROM payment_entries WHERE award_id = $1 AND kind = 'Recovery' AND amount = 6000", awardId));

        var ledger = await client.GetPageAsync($"/xinjiang/staff/calls/{setup.Call.CallId}/ledger");
        string Figure(string figure) => ledger.QuerySelector($"#ledger tr[data-category='total'] td[data-figure='{figure}']")!.TextContent.Trim();
        Assert.Equal("1.8万元", Figure("paid"));
        Assert.Equal("1.2万元", Figure("cancelled"));
        Assert.Equal("0.00元", Figure("outstanding"));
        Assert.Equal("1万元", Figure("to-recover"));
        Assert.Equal("0.6万元", Figure("recovered"));
    }
}
