using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Applications;

/// <summary>One page of a call's applications, with the counts by status, the search term and the status filter.</summary>
public sealed record CallApplicationsViewModel(
    GrantCall Call, IReadOnlyList<StaffApplicationRow> Rows, IReadOnlyDictionary<ApplicationStatus, int> Counts, int Total, int Page, int Pages,
    string? Query, ApplicationStatus? Status)
{
    public int All => Counts.Values.Sum();

    /// <summary>The list's URL with the same filters on another page (or another status).</summary>
    public string Url(string tenant, int page, ApplicationStatus? status = null, bool keepStatus = true)
    {
        var parameters = new List<string>();
        if (!string.IsNullOrEmpty(Query))
        {
            parameters.Add("q=" + Uri.EscapeDataString(Query));
        }
        if ((keepStatus ? Status : status) is { } s)
        {
            parameters.Add("status=" + s);
        }
        if (page > 1)
        {
            parameters.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return $"/{tenant}/staff/calls/{Call.Id}/applications" + (parameters.Count > 0 ? "?" + string.Join("&", parameters) : "");
    }
}
