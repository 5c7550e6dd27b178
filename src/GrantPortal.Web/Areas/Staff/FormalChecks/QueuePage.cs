using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.FormalChecks;
using GrantPortal.Infrastructure.FormalChecks;

namespace GrantPortal.Web.Areas.Staff.FormalChecks;

/// <summary>
/// 形式审查 of a call: the applications of one category (or all) in one state (<see cref="Show"/>: pending, returned,
/// passed, rejected), pending ones filtered by flagged / clean (<see cref="Flag"/>), with the counts of each.
/// </summary>
public sealed record QueuePage(GrantCall Call, IReadOnlyList<FormalCheckQueueRow> All, Guid? CategoryId, string Show, string? Flag, DateTimeOffset Now, int RequestedPage = 1)
{
    /// <summary>Rows shown per page: on deadline day a call has thousands of applications waiting.</summary>
    public const int PageSize = 100;

    public const string Pending = "pending";
    public const string Returned = "returned";
    public const string Passed = "passed";
    public const string Rejected = "rejected";

    /// <summary>The latest decision of each row of <see cref="PageRows"/> that has one (the controller loads them for the page only).</summary>
    public IReadOnlyDictionary<Guid, FormalCheckDecision> LastDecisions { get; init; } = new Dictionary<Guid, FormalCheckDecision>();

    public IEnumerable<FormalCheckQueueRow> InCategory => All.Where(r => CategoryId is null || r.Category.Id == CategoryId);

    /// <summary>Every row of the chosen category, state and flag (the bulk pass of all clean ones acts on all of them).</summary>
    public IReadOnlyList<FormalCheckQueueRow> Rows => field ??= InCategory
        .Where(r => StateOf(r.Status) == Show)
        .Where(r => Show != Pending || Flag is null || (Flag == "flagged") == (r.Checklist?.IsFlagged ?? false))
        .ToList();

    public int Pages => Math.Max(1, (Rows.Count + PageSize - 1) / PageSize);

    /// <summary>The page asked for, within 1 … <see cref="Pages"/>.</summary>
    public int Page => Math.Clamp(RequestedPage, 1, Pages);

    /// <summary>The rows of <see cref="Page"/>.</summary>
    public IReadOnlyList<FormalCheckQueueRow> PageRows => field ??= Rows.Skip((Page - 1) * PageSize).Take(PageSize).ToList();

    public int Count(string state) => InCategory.Count(r => StateOf(r.Status) == state);

    public int CountFlagged(bool flagged) => InCategory.Count(r => StateOf(r.Status) == Pending && (r.Checklist?.IsFlagged ?? false) == flagged);

    /// <summary>The categories that have applications, with how many await the check.</summary>
    public IReadOnlyList<(GrantCategory Category, int Total, int Pending)> Categories => All
        .GroupBy(r => r.Category.Id)
        .Select(g => (g.First().Category, g.Count(), g.Count(r => r.AwaitsFormalCheck)))
        .OrderBy(c => c.Item1.Code, StringComparer.Ordinal)
        .ToList();

    public static string StateOf(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted or ApplicationStatus.FormalCheck => Pending,
        ApplicationStatus.Returned => Returned,
        ApplicationStatus.Rejected => Rejected,
        _ => Passed,
    };

    public string Url(string tenant, Guid? category, string show, string? flag, int page = 1)
    {
        var query = new List<string>();
        if (category is { } id) { query.Add($"category={id}"); }
        if (show != Pending) { query.Add($"show={show}"); }
        if (flag is not null) { query.Add($"flag={flag}"); }
        if (page > 1) { query.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"page={page}")); }
        return $"/{tenant}/staff/calls/{Call.Id}/formal-check" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}
