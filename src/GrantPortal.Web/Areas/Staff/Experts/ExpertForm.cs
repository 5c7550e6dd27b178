using GrantPortal.Domain.Reviews;

namespace GrantPortal.Web.Areas.Staff.Experts;

/// <summary>An expert's record as staff edit it: lists typed one per line or separated by commas or 、.</summary>
public sealed class ExpertForm
{
    public string Name { get; set; } = "";
    public string Organization { get; set; } = "";
    public ExpertType? Type { get; set; }
    public string? Fields { get; set; }
    public string? Keywords { get; set; }
    public string? RelatedOrganizations { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public bool Available { get; set; } = true;
    public int? MaxAssignments { get; set; }

    public static ExpertForm Of(Expert expert)
    {
        ArgumentNullException.ThrowIfNull(expert);
        return new ExpertForm
        {
            Name = expert.Name,
            Organization = expert.Organization,
            Type = expert.Type,
            Fields = string.Join("、", expert.Fields),
            Keywords = string.Join("、", expert.Keywords),
            RelatedOrganizations = string.Join("\n", expert.RelatedOrganizations),
            Email = expert.Email,
            Phone = expert.Phone,
            Available = expert.Available,
            MaxAssignments = expert.MaxAssignments,
        };
    }

    /// <summary>Items of a list field: split on new lines, commas, semicolons and 、.</summary>
    public static IReadOnlyList<string> Items(string? text) =>
        (text ?? "").Split(['\n', '\r', ',', '，', ';', '；', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Related organisations: one per line (names may hold commas).</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void ApplyTo(Expert expert)
    {
        ArgumentNullException.ThrowIfNull(expert);
        expert.Update(Name, Organization, Type!.Value, Items(Fields), Items(Keywords), Lines(RelatedOrganizations), Email, Phone, Available, MaxAssignments);
    }
}
