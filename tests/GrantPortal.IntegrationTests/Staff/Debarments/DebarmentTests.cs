using System.Globalization;
using System.Net;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Staff.Debarments;

/// <summary>Staff record a debarment for Guangxi's demo applicant; it cannot start an application until staff lift it.</summary>
[Collection(PortalCollection.Name)]
public sealed class DebarmentTests(PortalFactory factory)
{
    [Fact]
    public async Task Staff_RecordsDebarment_ApplicantRefusedOnStart_ThenLifts()
    {
        var organizationId = (Guid)(await factory.ScalarAsync(
            "SELECT m.organization_id FROM tenant_memberships m JOIN users u ON u.id = m.user_id WHERE u.normalized_email = upper($1) AND m.role = 'Applicant'",
            "applicant@guangxi.example.com"))!;
        var categoryId = (Guid)(await factory.ScalarAsync(
            """
            SELECT c.id FROM grant_categories c JOIN associations a ON a.id = c.tenant_id JOIN form_definitions f ON f.category_id = c.id
            WHERE a.identifier = 'guangxi' LIMIT 1
            """))!;
        var staff = factory.Browser();
        await staff.SignInAsync("staff@guangxi.example.com");
        var note = "测试 " + Guid.NewGuid().ToString("N")[..8];
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var invalid = await staff.PostFormAsync("/guangxi/staff/debarments", "/guangxi/staff/debarments", new Dictionary<string, string> { ["Note"] = note });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM debarments WHERE note = $1", note));

        var recorded = await staff.PostFormAsync("/guangxi/staff/debarments", "/guangxi/staff/debarments", new Dictionary<string, string>
        {
            ["OrganizationId"] = organizationId.ToString(), ["Reason"] = "Falsification", ["From"] = today, ["Years"] = "3", ["Note"] = note,
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var id = (Guid)(await factory.ScalarAsync("SELECT id FROM debarments WHERE note = $1", note))!;
        try
        {
            // The applicant is refused on start: 404 never, a refusal naming the debarment, nothing created.
            var applicant = factory.Browser();
            await applicant.SignInAsync("applicant@guangxi.example.com");
            var page = await applicant.GetPageAsync("/guangxi/apply");
            var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var before = await factory.CountAsync("SELECT count(*) FROM grant_applications WHERE organization_id = $1", organizationId);
            var refused = await applicant.PostAsync($"/guangxi/apply/{categoryId}/start", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            if (refused.StatusCode != HttpStatusCode.Redirect)
            {
                Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
                Assert.Contains("取消申报资格", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
            Assert.Equal(before, await factory.CountAsync("SELECT count(*) FROM grant_applications WHERE organization_id = $1", organizationId));
        }
        finally
        {
            var lifted = await staff.PostFormAsync("/guangxi/staff/debarments", $"/guangxi/staff/debarments/{id}/lift", new Dictionary<string, string> { ["LiftReason"] = "测试结束" });
            Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        }
        Assert.NotNull(await factory.ScalarAsync("SELECT lifted_at FROM debarments WHERE id = $1", id));
        Assert.Contains("已解除", (await staff.GetPageAsync("/guangxi/staff/debarments")).Text(), StringComparison.Ordinal);
    }
}
