using System.Net;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Staff.Categories;

/// <summary>Staff build and rearrange a call's category tree in the browser; every change is a new revision with an audit entry.</summary>
[Collection(PortalCollection.Name)]
public sealed class CategoryTreeTests(PortalFactory factory)
{
    private const string Staff = "staff@xinjiang.example.com";

    private async Task<HttpClient> StaffAsync()
    {
        var client = factory.Browser();
        await client.SignInAsync(Staff);
        return client;
    }

    private async Task<Guid> AddAsync(HttpClient client, Guid callId, Guid? parent, string code, string name)
    {
        var url = $"/xinjiang/staff/calls/{callId}/categories/new";
        var page = parent is { } p ? $"{url}?parent={p}" : url;
        var revision = (await factory.LoadAsync(callId)).Revision;
        using var response = await client.PostFormAsync(page, url, new Dictionary<string, string>
        {
            ["Revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Parent"] = parent?.ToString() ?? "",
            ["Code"] = code,
            ["Name"] = name,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.LocationPath().Split('/')[^1]);
    }

    private async Task<HttpResponseMessage> MoveAsync(HttpClient client, Guid callId, Guid nodeId, Dictionary<string, string> fields)
    {
        fields["Revision"] = (await factory.LoadAsync(callId)).Revision.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await client.PostFormAsync($"/xinjiang/staff/calls/{callId}/tree", $"/xinjiang/staff/categories/{nodeId}/move", fields);
    }

    [Fact]
    public async Task AddRoot_ChildAndGrandchild_ShowInTheTree_WithAuditEntries()
    {
        var callId = await factory.CreateDraftAsync();
        var client = await StaffAsync();
        var root = await AddAsync(client, callId, null, "R1", "根类别");
        var child = await AddAsync(client, callId, root, "R1-1", "二级类别");
        var grandchild = await AddAsync(client, callId, child, "R1-1-1", "三级类别");

        var call = await factory.LoadAsync(callId);
        Assert.Null(call.Node("R1").ParentId);
        Assert.Equal(root, call.Node("R1-1").ParentId);
        Assert.Equal(child, call.Node("R1-1-1").ParentId);
        Assert.Equal(grandchild, call.Node("R1-1-1").Id);
        Assert.Equal(2, call.Node("R1-1-1").Depth);

        var tree = await client.GetPageAsync($"/xinjiang/staff/calls/{callId}/tree");
        var codes = tree.QuerySelectorAll("table.category-tree tbody tr").Select(r => r.GetAttribute("data-code")).ToList();
        Assert.Equal(["R1", "R1-1", "R1-1-1"], codes);
        Assert.Contains("depth-2", tree.GetElementById($"node-{grandchild}")!.ClassName, StringComparison.Ordinal);
        Assert.Equal(3, await factory.CountAsync("SELECT count(*) FROM call_audit_entries WHERE call_id = $1 AND action = 'category.add'", callId));
    }

    [Fact]
    public async Task Move_UpDownAndToAnotherParent_RenumbersSortOrders()
    {
        var callId = await factory.CreateDraftAsync(call =>
        {
            var a = call.AddCategory(null, "A", "甲");
            call.AddCategory(null, "B", "乙");
            foreach (var code in new[] { "A-1", "A-2", "A-3" })
            {
                call.AddCategory(a, code, code);
            }
        });
        var client = await StaffAsync();
        var call = await factory.LoadAsync(callId);

        using (var up = await MoveAsync(client, callId, call.Node("A-3").Id, new() { ["Direction"] = "up" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, up.StatusCode);
        }
        Assert.Equal(["A-1", "A-3", "A-2"], await ChildrenAsync(callId, "A"));

        (await MoveAsync(client, callId, call.Node("A-1").Id, new() { ["Direction"] = "down" })).Dispose();
        Assert.Equal(["A-3", "A-1", "A-2"], await ChildrenAsync(callId, "A"));

        (await MoveAsync(client, callId, call.Node("A-1").Id, new() { ["ParentId"] = call.Node("B").Id.ToString(), ["Position"] = "1" })).Dispose();
        Assert.Equal(["A-3", "A-2"], await ChildrenAsync(callId, "A"));
        Assert.Equal(["A-1"], await ChildrenAsync(callId, "B"));

        (await MoveAsync(client, callId, call.Node("A-2").Id, new() { ["ParentId"] = "", ["Position"] = "1" })).Dispose();
        var roots = (await factory.LoadAsync(callId)).RootCategories.Select(c => c.Code).ToList();
        Assert.Equal(["A-2", "A", "B"], roots);
        Assert.Equal(0L, await factory.CountAsync("SELECT count(*) FROM grant_categories WHERE call_id = $1 AND code = 'A-2' AND parent_id IS NULL AND sort_order <> 0", callId));
        Assert.Equal(4, await factory.CountAsync("SELECT count(*) FROM call_audit_entries WHERE call_id = $1 AND action = 'category.move'", callId));
    }

    [Fact]
    public async Task MoveUnderOwnDescendant_IsRefused()
    {
        var callId = await factory.CreateDraftAsync(call => call.AddCategory(call.AddCategory(null, "P", "上"), "P-1", "下"));
        var client = await StaffAsync();
        var call = await factory.LoadAsync(callId);
        using var response = await MoveAsync(client, callId, call.Node("P").Id, new() { ["ParentId"] = call.Node("P-1").Id.ToString() });
        var page = await client.GetPageAsync(response.LocationPath());
        Assert.Contains("类别不能移动到自身或其下级类别之下", page.Text(), StringComparison.Ordinal);
        Assert.Null((await factory.LoadAsync(callId)).Node("P").ParentId);
    }

    private async Task<List<string>> ChildrenAsync(Guid callId, string parent) =>
        (await factory.LoadAsync(callId)).Node(parent).Children.OrderBy(c => c.SortOrder).Select(c => c.Code).ToList();

    [Fact]
    public async Task RemoveSubtree_ListsWhatGoes_AndDeletesTheRows()
    {
        var callId = await factory.CreateDraftAsync(TreeCalls.Tiers);
        var client = await StaffAsync();
        var call = await factory.LoadAsync(callId);
        var root = call.Node("XXJL").Id;
        var url = $"/xinjiang/staff/categories/{root}/remove";

        var confirm = await client.GetPageAsync(url);
        Assert.Equal(4, confirm.QuerySelectorAll("ul.removed li").Length);

        using var response = await client.PostFormAsync(url, url, new Dictionary<string, string> { ["revision"] = call.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0L, await factory.CountAsync("SELECT count(*) FROM grant_categories WHERE call_id = $1", callId));
        Assert.Equal(1L, await factory.CountAsync("SELECT count(*) FROM call_audit_entries WHERE call_id = $1 AND action = 'category.remove'", callId));
    }

    [Fact]
    public async Task Tree_ShowsRunningTotalsAndFlags()
    {
        var callId = await factory.CreateDraftAsync(TreeCalls.Tiers);
        var client = await StaffAsync();
        var call = await factory.LoadAsync(callId);
        var page = await client.GetPageAsync($"/xinjiang/staff/calls/{callId}/tree");
        var row = page.GetElementById($"node-{call.Node("XXJL").Id}")!;
        Assert.Contains("91万元", row.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".flag"));
        Assert.Contains("91万元", page.GetElementById("call-totals")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherTenantsNode_Is404()
    {
        var callId = await factory.CreateDraftAsync(TreeCalls.Tiers);
        var node = (await factory.LoadAsync(callId)).Node("XXJL").Id;
        var client = factory.Browser();
        await client.SignInAsync("staff@guangxi.example.com");
        await client.GetPageAsync($"/guangxi/staff/categories/{node}", HttpStatusCode.NotFound);
        await client.GetPageAsync($"/guangxi/staff/categories/{node}/rules", HttpStatusCode.NotFound);
        await client.GetPageAsync($"/guangxi/staff/categories/{node}/eligibility", HttpStatusCode.NotFound);
        await client.GetPageAsync($"/guangxi/staff/calls/{callId}/tree", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Applicant_CannotOpenTheTree()
    {
        var callId = await factory.CreateDraftAsync();
        var client = factory.Browser();
        await client.SignInAsync("applicant@xinjiang.example.com");
        using var response = await client.GetAsync($"/xinjiang/staff/calls/{callId}/tree");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
