using GrantPortal.Domain.Calls;

namespace GrantPortal.Domain.Acceptance;

/// <summary>
/// One line of the acceptance checklist: a material of the category, how it is handed in and the rule it must meet
/// (reports: <see cref="MinCharacters"/>; files and links: between <see cref="MinCount"/> and <see cref="MaxCount"/>;
/// files only of the <see cref="Accept"/> extensions, checked by content).
/// </summary>
public sealed record AcceptanceRequirement
{
    /// <summary>Its position in the checklist (0, 1, …): the key of its item.</summary>
    public int Index { get; init; }
    public string Name { get; init; } = "";
    public AcceptanceMaterialKind Kind { get; init; }
    public AcceptanceInput Input { get; init; }
    /// <summary>Reports: the least number of characters (whitespace not counted); null = any non-empty text.</summary>
    public int? MinCharacters { get; init; }
    /// <summary>Files and links: at least this many.</summary>
    public int MinCount { get; init; } = 1;
    /// <summary>Files and links: at most this many (photos: 20).</summary>
    public int MaxCount { get; init; } = 20;
    /// <summary>Files: the accepted extensions (".pdf").</summary>
    public IReadOnlyList<string> Accept { get; init; } = [];
    public string? Note { get; init; }
    /// <summary>The material's own due date rule's label, when the notice gives one.</summary>
    public string? DueLabel { get; init; }
}
