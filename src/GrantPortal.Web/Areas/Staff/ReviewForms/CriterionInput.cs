namespace GrantPortal.Web.Areas.Staff.ReviewForms;

/// <summary>One row of the criteria table; a row left entirely empty is ignored.</summary>
public sealed class CriterionInput
{
    public string? Key { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public decimal? Weight { get; set; }
    public decimal? MaxScore { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Description) && Weight is null && MaxScore is null;
}
