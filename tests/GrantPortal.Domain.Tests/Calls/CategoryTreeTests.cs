using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Tests.Calls;

/// <summary>Moving and removing nodes of a call's category tree.</summary>
public sealed class CategoryTreeTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A (A-1, A-2 (A-2-1), A-3), B.</summary>
    private static GrantCall Tree()
    {
        var call = new GrantCall(Guid.NewGuid(), 2025, "测试", Now);
        var a = call.AddCategory(null, "A", "甲");
        call.AddCategory(null, "B", "乙");
        call.AddCategory(a, "A-1", "一");
        var a2 = call.AddCategory(a, "A-2", "二");
        call.AddCategory(a, "A-3", "三");
        call.AddCategory(a2, "A-2-1", "二之一");
        return call;
    }

    private static GrantCategory Node(GrantCall call, string code) => call.Categories.Single(c => c.Code == code);

    private static List<(string Code, int Sort)> Children(GrantCategory parent) =>
        parent.Children.OrderBy(c => c.SortOrder).Select(c => (c.Code, c.SortOrder)).ToList();

    [Fact]
    public void MoveUnderItself_OrItsDescendant_IsRefused()
    {
        var call = Tree();
        var a = Node(call, "A");
        Assert.Equal("call.category_move_cycle", Assert.Throws<DomainException>(() => call.MoveCategory(a, a, 0)).Code);
        Assert.Equal("call.category_move_cycle", Assert.Throws<DomainException>(() => call.MoveCategory(a, Node(call, "A-2-1"), 0)).Code);
        Assert.Null(a.Parent);
        Assert.Equal([("A-1", 0), ("A-2", 1), ("A-3", 2)], Children(a));
    }

    [Fact]
    public void MoveToAnotherParent_RenumbersBothSiblingLists_AndTakesTheSubtree()
    {
        var call = Tree();
        var a2 = Node(call, "A-2");
        call.MoveCategory(a2, Node(call, "B"), 0);
        Assert.Equal([("A-1", 0), ("A-3", 1)], Children(Node(call, "A")));
        Assert.Equal([("A-2", 0)], Children(Node(call, "B")));
        Assert.Equal(Node(call, "B").Id, a2.ParentId);
        Assert.Equal(2, Node(call, "A-2-1").Depth);
        Assert.Equal(["A", "A-1", "A-3", "B", "A-2", "A-2-1"], call.AllCategories.Select(c => c.Code));
    }

    [Fact]
    public void MoveToTopLevel_AtAPosition_AndPositionsBeyondTheEndAreClamped()
    {
        var call = Tree();
        call.MoveCategory(Node(call, "A-3"), null, 1);
        Assert.Equal(["A", "A-3", "B"], call.RootCategories.Select(c => c.Code));
        Assert.Equal([0, 1, 2], call.RootCategories.Select(c => c.SortOrder));
        call.MoveCategory(Node(call, "A-1"), null, 99);
        Assert.Equal(["A", "A-3", "B", "A-1"], call.RootCategories.Select(c => c.Code));
        call.MoveCategory(Node(call, "B"), null, -5);
        Assert.Equal(["B", "A", "A-3", "A-1"], call.RootCategories.Select(c => c.Code));
    }

    [Fact]
    public void MoveWithinSiblings_UpAndDown()
    {
        var call = Tree();
        var a = Node(call, "A");
        call.MoveCategory(Node(call, "A-3"), a, 1);
        Assert.Equal([("A-1", 0), ("A-3", 1), ("A-2", 2)], Children(a));
        call.MoveCategory(Node(call, "A-1"), a, 1);
        Assert.Equal([("A-3", 0), ("A-1", 1), ("A-2", 2)], Children(a));
    }

    [Fact]
    public void RemoveRoot_TakesItsDescendants_AndRenumbersTheRoots()
    {
        var call = Tree();
        var removed = call.RemoveCategory(Node(call, "A"));
        Assert.Equal(["A", "A-1", "A-2", "A-2-1", "A-3"], removed.Select(c => c.Code));
        Assert.Equal(["B"], call.Categories.Select(c => c.Code));
        Assert.Equal(0, Node(call, "B").SortOrder);
    }

    [Fact]
    public void RemoveMiddleChild_RenumbersItsSiblings()
    {
        var call = Tree();
        call.RemoveCategory(Node(call, "A-2"));
        Assert.Equal([("A-1", 0), ("A-3", 1)], Children(Node(call, "A")));
        Assert.DoesNotContain(call.Categories, c => c.Code == "A-2-1");
    }

    [Fact]
    public void MoveOrRemove_OnAPublishedCall_IsRefused()
    {
        var call = new GrantCall(Guid.NewGuid(), 2025, "已发布", Now);
        var a = call.AddCategory(null, "A", "甲");
        var b = call.AddCategory(null, "B", "乙");
        call.Publish(Now);
        Assert.Equal("call.published_readonly", Assert.Throws<DomainException>(() => call.MoveCategory(b, a, 0)).Code);
        Assert.Equal("call.published_readonly", Assert.Throws<DomainException>(() => call.RemoveCategory(a)).Code);
    }

    [Fact]
    public void MoveANodeOfAnotherCall_IsRefused()
    {
        var call = Tree();
        var other = Tree();
        Assert.Equal("call.category_other_call", Assert.Throws<DomainException>(() => call.MoveCategory(Node(other, "A-1"), null, 0)).Code);
        Assert.Equal("call.category_other_call", Assert.Throws<DomainException>(() => call.MoveCategory(Node(call, "A-1"), Node(other, "B"), 0)).Code);
    }
}
