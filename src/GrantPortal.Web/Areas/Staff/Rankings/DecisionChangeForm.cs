namespace GrantPortal.Web.Areas.Staff.Rankings;

/// <summary>One change to the panel's decision: an application approved or not, its amount, and why.</summary>
public sealed class DecisionChangeForm
{
    public Guid ApplicationId { get; set; }
    public bool Approved { get; set; }
    /// <summary>资助金额 in yuan, as typed.</summary>
    public string? Amount { get; set; }
    public string? Reason { get; set; }
    /// <summary>The decision's version the page was opened on.</summary>
    public int Version { get; set; }

    public decimal? ParsedAmount =>
        decimal.TryParse(Amount?.Trim().Replace(",", "", StringComparison.Ordinal), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var yuan)
            ? yuan : null;
}
