using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Organizations;
using CallEligibility = GrantPortal.Domain.Calls.Eligibility;

namespace GrantPortal.Web.Areas.Staff.Eligibility;

/// <summary>申报主体与条件 as the editor posts them: inherit (nodes only), or applicant types and requirements.</summary>
public sealed class EligibilityForm
{
    public const int BlankConditionRows = 1;

    public int Revision { get; set; }
    public bool Inherit { get; set; }
    public List<ApplicantType> ApplicantTypes { get; set; } = [];
    public List<RequirementRow> Requirements { get; set; } = [];

    public static EligibilityForm From(CallEligibility? eligibility, int revision) => new EligibilityForm
    {
        Revision = revision,
        Inherit = eligibility is null,
        ApplicantTypes = eligibility?.ApplicantTypes.ToList() ?? [],
        Requirements = (eligibility?.Requirements ?? []).Select(r => new RequirementRow
        {
            Conditions = r.AnyOf.Select(c => new ConditionRow { Fact = c.Fact, Label = c.Label, Value = c.Value, Year = c.Year }).ToList(),
        }).ToList(),
    }.WithBlankRows();

    /// <summary>Each requirement gets an empty condition row, and one empty requirement is added, to add more.</summary>
    public EligibilityForm WithBlankRows()
    {
        Requirements = Requirements.Where(r => r.Kept).ToList();
        Requirements.Add(new RequirementRow());
        foreach (var requirement in Requirements)
        {
            requirement.Conditions = requirement.Conditions.Where(c => !c.IsBlank).ToList();
            for (var i = 0; i < BlankConditionRows + (requirement.Conditions.Count == 0 ? 1 : 0); i++)
            {
                requirement.Conditions.Add(new ConditionRow());
            }
        }
        return this;
    }

    /// <summary>Null when the node inherits.</summary>
    public CallEligibility? ToEligibility(bool mayInherit) => mayInherit && Inherit
        ? null
        : new CallEligibility
        {
            ApplicantTypes = ApplicantTypes.Distinct().Order().ToList(),
            Requirements = Requirements.Where(r => r.Kept).Select(r => new EligibilityRequirement(
                r.Conditions.Where(c => !c.IsBlank).Select(c => new EligibilityCondition(c.Fact!.Value, c.Label!.Trim(), string.IsNullOrWhiteSpace(c.Value) ? null : c.Value.Trim(), c.Year)).ToList())).ToList(),
        };
}
