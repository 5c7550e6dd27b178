namespace GrantPortal.Domain.Forms;

/// <summary>A typed column of a repeating table; <see cref="Total"/> shows a computed sum.</summary>
public sealed record TableColumn
{
    public string Key { get; init; } = "";
    public string Label { get; init; } = "";
    public FieldType Type { get; init; } = FieldType.ShortText;
    public bool Required { get; init; }
    public bool Total { get; init; }
    public int? MaxLength { get; init; }
    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];
}
