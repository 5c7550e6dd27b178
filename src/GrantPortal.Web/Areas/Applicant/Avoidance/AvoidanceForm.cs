using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Reviews;

namespace GrantPortal.Web.Areas.Applicant.Avoidance;

/// <summary>申请回避专家: up to three rows; empty rows are ignored.</summary>
public sealed class AvoidanceForm
{
    public List<AvoidanceRow> Rows { get; set; } = [];

    public static AvoidanceForm Of(GrantApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        return new AvoidanceForm
        {
            Rows = application.Avoidances.Select(a => new AvoidanceRow { Name = a.Name, Organization = a.Organization, Reason = a.Reason }).ToList(),
        };
    }

    /// <summary>The rows padded to <see cref="GrantApplication.MaxAvoidances"/> for the page.</summary>
    public IReadOnlyList<AvoidanceRow> Padded() =>
        Rows.Concat(Enumerable.Range(0, Math.Max(0, GrantApplication.MaxAvoidances - Rows.Count)).Select(_ => new AvoidanceRow())).ToList();

    public IReadOnlyList<AvoidanceRequest> Requests() =>
        Rows.Where(r => !r.IsEmpty).Select(r => new AvoidanceRequest(r.Name ?? "", r.Organization, r.Reason ?? "")).ToList();
}
