namespace GrantPortal.Domain.Forms;

/// <summary>One field of an application form.</summary>
public sealed record FormField
{
    public string Key { get; init; } = "";
    public string Label { get; init; } = "";
    public FieldType Type { get; init; } = FieldType.ShortText;
    public bool Required { get; init; }
    /// <summary>字数上限 for text.</summary>
    public int? MaxLength { get; init; }
    public string? Help { get; init; }
    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];
    /// <summary>The options are the node's child category codes: the applicant picks the sub-type.</summary>
    public bool SelectsCategory { get; init; }
    /// <summary>A YesNo answer that is a declared fact for a conditional amount rule.</summary>
    public string? Fact { get; init; }
    /// <summary>Organisation profile key to prefill from.</summary>
    public string? Prefill { get; init; }
    public IReadOnlyList<TableColumn> Columns { get; init; } = [];
    public int? MinRows { get; init; }
    public int? MaxRows { get; init; }
    public IReadOnlyList<string> Accept { get; init; } = [];
    public int? MaxSizeMb { get; init; }
    public ShowWhen? ShowWhen { get; init; }
}
