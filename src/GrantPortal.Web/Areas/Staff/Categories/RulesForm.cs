using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>A node's rules: spending, contact, completion and acceptance deadlines, acceptance materials. Unset = inherited.</summary>
public sealed class RulesForm
{
    public const int BlankMaterialRows = 2;

    public int Revision { get; set; }
    public bool OwnSpending { get; set; }
    public decimal? MaxTravelPercent { get; set; }
    public List<ProhibitedSpending> Prohibited { get; set; } = [];
    public string? SpendingNotes { get; set; }
    public bool OwnContact { get; set; }
    public string? ContactRole { get; set; }
    public string? ContactName { get; set; }
    /// <summary>One a line.</summary>
    public string? ContactPhones { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactAddress { get; set; }
    public DeadlineFields Completion { get; set; } = new();
    public DeadlineFields Acceptance { get; set; } = new();
    public List<MaterialRow> Materials { get; set; } = [];

    public static RulesForm From(GrantCategory node, int revision)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new RulesForm
        {
            Revision = revision,
            OwnSpending = node.SpendingRules is not null,
            MaxTravelPercent = node.SpendingRules?.MaxTravelPercent,
            Prohibited = node.SpendingRules?.Prohibited.ToList() ?? [],
            SpendingNotes = TextLines.Join(node.SpendingRules?.Notes ?? []),
            OwnContact = node.Contact is not null,
            ContactRole = node.Contact?.Role,
            ContactName = node.Contact?.Name,
            ContactPhones = TextLines.Join(node.Contact?.Phones ?? []),
            ContactEmail = node.Contact?.Email,
            ContactAddress = node.Contact?.Address,
            Completion = DeadlineFields.From(node.CompletionDeadline),
            Acceptance = DeadlineFields.From(node.AcceptanceDeadline),
            Materials = node.AcceptanceMaterials.Select(MaterialRow.From).ToList(),
        }.WithBlankRows();
    }

    public RulesForm WithBlankRows()
    {
        Materials = Materials.Where(m => m.Kept).ToList();
        for (var i = 0; i < BlankMaterialRows; i++)
        {
            Materials.Add(new MaterialRow());
        }
        return this;
    }

    public SpendingRules? ToSpendingRules() => OwnSpending
        ? new SpendingRules { MaxTravelPercent = MaxTravelPercent, Prohibited = Prohibited.Distinct().ToList(), Notes = TextLines.Split(SpendingNotes) }
        : null;

    public ContactPerson? ToContact() => OwnContact
        ? new ContactPerson
        {
            Role = TextLines.Blank(ContactRole), Name = (ContactName ?? "").Trim(), Phones = TextLines.Split(ContactPhones),
            Email = TextLines.Blank(ContactEmail), Address = TextLines.Blank(ContactAddress),
        }
        : null;

    public IReadOnlyList<AcceptanceMaterial> ToMaterials() => Materials.Where(m => m.Kept).Select(m => m.ToMaterial()).ToList();
}
