using System.Net;
using GrantPortal.IntegrationTests.Accounts;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Applicant.Organization;

/// <summary>A freshly registered organisation, its owner signed in on <see cref="Client"/>.</summary>
internal sealed record OrganizationOwner(HttpClient Client, string Tenant, string Email, Guid OrganizationId)
{
    public string Home => $"/{Tenant}/my/organization";

    public static async Task<OrganizationOwner> RegisterAsync(PortalFactory factory, string tenant = "xinjiang")
    {
        var client = factory.Browser();
        var form = RegistrationForms.New();
        using var response = await client.PostFormAsync($"/{tenant}/register", $"/{tenant}/register", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = (Guid)(await factory.ScalarAsync("SELECT id FROM applicant_organizations WHERE credit_code = $1", form["CreditCode"]))!;
        return new OrganizationOwner(client, tenant, form["Email"], id);
    }

    /// <summary>Invites <paramref name="email"/>; returns the link's path shown once on the page.</summary>
    public async Task<string> InviteAsync(string email)
    {
        using var response = await Client.PostFormAsync(Home + "/members", Home + "/members", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        var link = page.GetElementById("invitation-link")?.GetAttribute("value") ?? throw new InvalidOperationException(page.Text());
        return new Uri(link).PathAndQuery;
    }
}
