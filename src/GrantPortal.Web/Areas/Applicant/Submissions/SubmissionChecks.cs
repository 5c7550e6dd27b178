using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Forms;
using GrantPortal.Infrastructure.Applications;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.EligibilityChecks;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Web.Areas.Applicant.Submissions;

/// <summary>
/// The checks a submission must pass besides the deadline, the number and the similarity check: the organisation may
/// apply (type, limit, debarment, conditions: the same evaluation as 可申报项目), the form has no errors (the same
/// check the applicant sees on the check page), and a joint application's partner units are well named.
/// </summary>
public sealed class SubmissionChecks(EligibilityService eligibility, PortalDbContext db)
{
    public IReadOnlyList<ApplicationSubmitter.Check> All => [EligibleAsync, FormErrorsAsync, PartnersAsync];

    private async Task<IReadOnlyList<string>> EligibleAsync(
        GrantApplication application, GrantCall call, GrantCategory category, FormSchema form, CancellationToken cancellationToken)
    {
        var reasons = await eligibility.CheckAsync(application.OrganizationId, category, application.Id, cancellationToken);
        // The submitter itself decides whether the call (or a correction deadline) still takes submissions.
        return reasons.Where(r => r.Blocking && r.Code is not (Domain.Eligibility.IneligibilityCode.CallClosed or Domain.Eligibility.IneligibilityCode.CallNotOpen))
            .Select(r => r.Message).ToList();
    }

    /// <summary>A joint application's partner units: valid credit codes, not the lead itself, none twice.</summary>
    private async Task<IReadOnlyList<string>> PartnersAsync(
        GrantApplication application, GrantCall call, GrantCategory category, FormSchema form, CancellationToken cancellationToken)
    {
        var partners = JointApplication.Partners(application.Values);
        if (partners.Count == 0)
        {
            return [];
        }
        var lead = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == application.OrganizationId, cancellationToken);
        return JointApplication.Problems(partners, lead.Name, lead.CreditCode).ToList();
    }

    private static Task<IReadOnlyList<string>> FormErrorsAsync(
        GrantApplication application, GrantCall call, GrantCategory category, FormSchema form, CancellationToken cancellationToken)
    {
        var children = category.Children.ToDictionary(c => c.Code, c => c.EffectiveAmountRule, StringComparer.Ordinal);
        var errors = ApplicationChecks.Check(form, application.Values, category.EffectiveAmountRule, children)
            .Where(p => p.Severity == ProblemSeverity.Error)
            .Select(p => p.Message)
            .ToList();
        return Task.FromResult<IReadOnlyList<string>>(errors.Count == 0 ? [] : ["申报书还有未填写完整或不符合要求的内容：", .. errors]);
    }
}
