using System.Net;
using GrantPortal.Domain.Applications;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Documents.ApplicationPdf;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Public.Verify;

/// <summary>The public /verify/{code} page: valid, outdated, withdrawn, forged and garbage codes, from any association, signed in or not.</summary>
[Collection(PortalCollection.Name)]
public sealed class VerifyPageTests(PortalFactory factory)
{
    private const string Unknown = "校验码不存在：该文件不是本系统出具的申报书，或校验码有误";

    private async Task<string> CodeAsync(string tenant, Guid applicationId, int version)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.ApplicationSubmissions.Where(s => s.ApplicationId == applicationId && s.Version == version).Select(s => s.VerificationCode).SingleAsync();
    }

    [Fact]
    public async Task ValidCode_ShowsTheSubmission_FromAnyAssociation_WithoutSigningIn()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, "guangxi", 1);
        var application = setup.Applications[0];
        var code = await CodeAsync("guangxi", application.ApplicationId, 1);
        var client = factory.Browser();

        var page = await client.GetPageAsync($"/verify/{code}");
        var result = page.GetElementById("verify-result")!;
        Assert.Equal("latest", result.GetAttribute("data-result"));
        var text = result.TextContent;
        foreach (var expected in new[] { "广西", "评审测试 " + setup.Code, setup.Code, "学术交流活动", application.Title, application.OrganizationName, application.Number, VerificationCode.Display(code) })
        {
            Assert.Contains(expected, text);
        }
        Assert.Contains("第 1 版", page.GetElementById("verify-version")!.TextContent);

        // As typed by a person: lower case, spaces, O for 0 and I for 1 — or the QR code's whole address.
        var typed = VerificationCode.Display(code).ToLowerInvariant().Replace('-', ' ').Replace('0', 'o').Replace('1', 'i');
        using var redirect = await client.GetAsync($"/verify?code={Uri.EscapeDataString(typed)}");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal($"/verify/{code}", redirect.Headers.Location!.OriginalString);
        await client.GetPageAsync($"/verify/{VerificationCode.Display(code)}");

        // Signed in to another association, the page is the same.
        var staff = factory.Browser();
        await staff.SignInAsync("staff@xinjiang.example.com");
        Assert.Equal("latest", (await staff.GetPageAsync($"/verify/{code}")).GetElementById("verify-result")!.GetAttribute("data-result"));
    }

    [Fact]
    public async Task OutdatedCode_SaysWhichVersionReplacedIt()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, "xinjiang", 1);
        var application = setup.Applications[0];
        var old = await CodeAsync("xinjiang", application.ApplicationId, 1);
        await ApplicationPdfTests.ResubmitAsync(factory, "xinjiang", application.ApplicationId, values => values["content"] = "修改后的内容");
        var current = await CodeAsync("xinjiang", application.ApplicationId, 2);
        Assert.NotEqual(old, current);
        var client = factory.Browser();

        var page = await client.GetPageAsync($"/verify/{old}");
        Assert.Equal("outdated", page.GetElementById("verify-result")!.GetAttribute("data-result"));
        Assert.Contains("此版本已被第 2 版取代", page.GetElementById("verify-status")!.TextContent);
        Assert.Contains("第 1 版", page.GetElementById("verify-version")!.TextContent);

        page = await client.GetPageAsync($"/verify/{current}");
        Assert.Equal("latest", page.GetElementById("verify-result")!.GetAttribute("data-result"));
        Assert.Contains("第 2 版", page.GetElementById("verify-version")!.TextContent);
    }

    [Theory]
    [InlineData("ABCD-EFGH-JKMN-PQRS")] // a valid shape, never issued
    [InlineData("0000000000000000")]
    [InlineData("not-a-code")]
    [InlineData("ABCD-EFGH-JKMN-PQR")] // one character short
    [InlineData("ABCD-EFGH-JKMN-PQRU")] // U is not in the alphabet
    public async Task ForgedOrMalformedCode_IsRefused_With404(string code)
    {
        var client = factory.Browser();
        var page = await client.GetPageAsync($"/verify/{Uri.EscapeDataString(code)}", HttpStatusCode.NotFound);
        var result = page.GetElementById("verify-result")!;
        Assert.Equal("unknown", result.GetAttribute("data-result"));
        Assert.Equal(Unknown, result.TextContent.Trim());
        page = await client.GetPageAsync($"/verify?code={Uri.EscapeDataString(code)}", VerificationCode.Normalize(code) is null ? HttpStatusCode.NotFound : HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task TheForm_IsThereToTypeACode()
    {
        var page = await factory.Browser().GetPageAsync("/verify");
        var form = page.QuerySelector("form[action='/verify'][method=get]")!;
        Assert.NotNull(form.QuerySelector("input[name=code]"));
        Assert.Null(page.GetElementById("verify-result"));
    }
}
