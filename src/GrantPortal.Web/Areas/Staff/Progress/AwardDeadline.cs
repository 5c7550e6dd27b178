using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Progress;

/// <summary>The completion deadline the call sets for an award's category (the nearest category up the tree that sets one, else the call's).</summary>
public static class AwardDeadline
{
    public static DeadlineRule? Of(GrantCall call, Guid categoryId)
    {
        ArgumentNullException.ThrowIfNull(call);
        var byId = call.Categories.ToDictionary(c => c.Id);
        for (Guid? id = categoryId; id is { } current && byId.TryGetValue(current, out var category); id = category.ParentId)
        {
            if (category.CompletionDeadline is { } rule)
            {
                return rule;
            }
        }
        return call.CompletionDeadline;
    }
}
