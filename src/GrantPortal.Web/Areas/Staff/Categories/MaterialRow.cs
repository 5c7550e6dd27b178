using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>One acceptance material row; a row without a name is an empty row and is ignored.</summary>
public sealed class MaterialRow
{
    public string? Name { get; set; }
    public AcceptanceMaterialKind Kind { get; set; } = AcceptanceMaterialKind.Other;
    public int? MinCharacters { get; set; }
    public int? MinCount { get; set; }
    public int? MaxFiles { get; set; }
    public DeadlineFields Due { get; set; } = new();
    public string? Note { get; set; }
    public bool Remove { get; set; }

    public bool Kept => !Remove && !string.IsNullOrWhiteSpace(Name);

    public static MaterialRow From(AcceptanceMaterial material)
    {
        ArgumentNullException.ThrowIfNull(material);
        return new MaterialRow
        {
            Name = material.Name, Kind = material.Kind, MinCharacters = material.MinCharacters, MinCount = material.MinCount,
            MaxFiles = material.MaxFiles, Due = DeadlineFields.From(material.Due), Note = material.Note,
        };
    }

    public AcceptanceMaterial ToMaterial() => new()
    {
        Name = Name!.Trim(), Kind = Kind, MinCharacters = MinCharacters, MinCount = MinCount, MaxFiles = MaxFiles,
        Due = Due.ToRule(), Note = TextLines.Blank(Note),
    };
}
