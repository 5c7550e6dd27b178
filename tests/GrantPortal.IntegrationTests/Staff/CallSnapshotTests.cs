using System.Text.Json.Nodes;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Seeding;

namespace GrantPortal.IntegrationTests.Staff;

/// <summary>The audit log's before/after: a call's snapshot and the difference between two, keyed by category code and field key.</summary>
public sealed class CallSnapshotTests
{
    private static readonly Association Guangxi = new(Guid.NewGuid(), "guangxi", "广西壮族自治区科学技术协会", "广西科协", "Guangxi Association for Science and Technology", "GX");
    private static readonly DateTimeOffset Now = new(2023, 4, 1, 0, 0, 0, TimeSpan.Zero);

    private static GrantCall SeededGuangxi()
    {
        var json = SeedData.Calls().Single(c => c.Name == "guangxi-2023.json").Json;
        var result = CallDefinitionImporter.Import(json, Guangxi, Now, publish: false);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Call!;
    }

    [Fact]
    public void Diff_SameCall_NoChanges()
    {
        var call = SeededGuangxi();

        Assert.Empty(CallSnapshot.Diff(CallSnapshot.Take(call, Guangxi), CallSnapshot.Take(call, Guangxi)));
    }

    [Fact]
    public void Diff_OneNodesQuota_NamesTheNodeByCodeWithBeforeAndAfter()
    {
        var call = SeededGuangxi();
        var before = CallSnapshot.Take(call, Guangxi);
        var node = call.AllCategories.Single(c => c.Code == "2023-1");
        node.SetFunding(node.BudgetCap, Quota.Exact(9), node.OwnAmountRule, node.ChildrenCombinable);

        var change = Assert.Single(CallSnapshot.Diff(before, CallSnapshot.Take(call, Guangxi)));

        Assert.Equal("$.categories[2023-1].quota.exact", change.Path);
        Assert.Equal("10", change.Before);
        Assert.Equal("9", change.After);
    }

    [Fact]
    public void Diff_AddedAndRemovedNodes_ShowAsNullBeforeOrAfter()
    {
        var call = SeededGuangxi();
        var before = CallSnapshot.Take(call, Guangxi);
        call.RemoveCategory(call.AllCategories.Single(c => c.Code == "2023-2"));
        call.AddCategory(null, "2023-X", "新增类别");

        var changes = CallSnapshot.Diff(before, CallSnapshot.Take(call, Guangxi));

        Assert.Contains(changes, c => c.Path == "$.categories[2023-2]" && c.Before is not null && c.After is null);
        Assert.Contains(changes, c => c.Path == "$.categories[2023-X]" && c.Before is null && c.After!.Contains("新增类别", StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_Reordered_RecordsTheOrder()
    {
        var call = SeededGuangxi();
        var before = CallSnapshot.Take(call, Guangxi);
        call.MoveCategory(call.AllCategories.Single(c => c.Code == "2023-2"), null, 0);

        var change = Assert.Single(CallSnapshot.Diff(before, CallSnapshot.Take(call, Guangxi)));

        Assert.Equal("$.categories#order", change.Path);
        Assert.StartsWith("2023-1, 2023-2", change.Before, StringComparison.Ordinal);
        Assert.StartsWith("2023-2, 2023-1", change.After, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_Objects_ComparesByProperty_ValuesAsText()
    {
        var before = JsonNode.Parse("""{"title":"旧","limit":2,"notes":["a"]}""");
        var after = JsonNode.Parse("""{"title":"新","notes":["a","b"]}""");

        var changes = CallSnapshot.Diff(before, after);

        Assert.Equal(
            [new CallChange("$.title", "旧", "新"), new CallChange("$.limit", "2", null), new CallChange("$.notes", """["a"]""", """["a","b"]""")],
            changes);
    }

    [Fact]
    public void Diff_StatusAndClosing_AreInTheSnapshot()
    {
        var call = SeededGuangxi();
        call.Publish(Now);
        var before = CallSnapshot.Take(call, Guangxi);
        call.CloseEarly(Now.AddDays(1), "提前截止");

        var change = Assert.Single(CallSnapshot.Diff(before, CallSnapshot.Take(call, Guangxi)));

        Assert.Equal("$.closedAt", change.Path);
    }
}
