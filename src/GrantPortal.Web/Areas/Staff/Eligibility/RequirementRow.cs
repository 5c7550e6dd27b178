namespace GrantPortal.Web.Areas.Staff.Eligibility;

/// <summary>One requirement: met by any one of its conditions.</summary>
public sealed class RequirementRow
{
    public bool Remove { get; set; }
    public List<ConditionRow> Conditions { get; set; } = [];

    public bool Kept => !Remove && Conditions.Any(c => !c.IsBlank);
}
