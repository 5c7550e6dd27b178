using System.Net;
using GrantPortal.IntegrationTests.Documents.Scans;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Money;

/// <summary>我的项目: the applicant sees their own awards with the tranche plan and paid dates, never vouchers or staff names, never another organisation's.</summary>
[Collection(PortalCollection.Name)]
public sealed class ApplicantAwardTests(PortalFactory factory)
{
    [Fact]
    public async Task Applicant_SeesOwnAwardOnly_WithoutVouchersOrStaffNames()
    {
        var setup = await FundedAwards.CreateAsync(factory, "xinjiang", 2);
        var voucher = MoneyTestSupport.Voucher();
        await MoneyTestSupport.PayAsync(factory, "xinjiang", setup.AwardIds[0], 1, voucher);
        var email = await ScanTestSupport.ApplicantAsync(factory, "xinjiang", setup.Call.Applications[0].OrganizationId);
        var client = factory.Browser();
        await client.SignInAsync(email);

        var list = await client.GetPageAsync("/xinjiang/my/awards");
        var rows = list.QuerySelectorAll("#my-awards tbody tr");
        Assert.Equal(setup.AwardIds[0].ToString(), Assert.Single(rows).GetAttribute("data-award"));
        Assert.NotNull((await client.GetPageAsync("/xinjiang/my/applications")).QuerySelector("a[href='/xinjiang/my/awards']"));

        var url = $"/xinjiang/my/awards/{setup.AwardIds[0]}";
        var page = await client.GetPageAsync(url);
        var first = page.QuerySelector("#tranches tr[data-number='1']")!.TextContent;
        Assert.Contains("已拨付", first, StringComparison.Ordinal);
        Assert.Contains(MoneyTestSupport.Today, first, StringComparison.Ordinal);
        Assert.Contains("未到拨付条件", page.QuerySelector("#tranches tr[data-number='2']")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(voucher, page.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("财务", page.Text(), StringComparison.Ordinal);
        foreach (var link in new[] { "agreement", "midterm", "changes", "acceptance" })
        {
            Assert.NotNull(page.QuerySelector($"a[href='{url}/{link}']"));
        }

        await client.GetPageAsync($"/xinjiang/my/awards/{setup.AwardIds[1]}", HttpStatusCode.NotFound);
    }
}
