namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>One row of a conditional amount table; a row left blank is ignored.</summary>
public sealed class AmountOptionRow
{
    public string? Fact { get; set; }
    public string? Label { get; set; }
    public decimal? Amount { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Fact) && string.IsNullOrWhiteSpace(Label) && Amount is null;
}
