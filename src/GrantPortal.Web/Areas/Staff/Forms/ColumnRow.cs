using GrantPortal.Domain.Forms;

namespace GrantPortal.Web.Areas.Staff.Forms;

/// <summary>One column of a table field as the field editor shows it: a row of inputs; blank rows add columns.</summary>
public sealed class ColumnRow
{
    public string? Key { get; set; }
    public string? Label { get; set; }
    public FieldType Type { get; set; } = FieldType.ShortText;
    public bool Required { get; set; }
    public bool Total { get; set; }
    public int? MaxLength { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Key) && string.IsNullOrWhiteSpace(Label);

    public static ColumnRow From(TableColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return new() { Key = column.Key, Label = column.Label, Type = column.Type, Required = column.Required, Total = column.Total, MaxLength = column.MaxLength };
    }
}
