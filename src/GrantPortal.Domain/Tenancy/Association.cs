namespace GrantPortal.Domain.Tenancy;

/// <summary>科协: a provincial Association for Science and Technology, the tenant. <see cref="Identifier"/> is its URL segment.</summary>
public sealed class Association
{
    public Association(Guid id, string identifier, string name, string shortName, string nameEn, string numberPrefix)
    {
        Id = id;
        Identifier = identifier;
        Name = name;
        ShortName = shortName;
        NameEn = nameEn;
        NumberPrefix = numberPrefix;
    }

    public Guid Id { get; private set; }
    public string Identifier { get; private set; }
    public string Name { get; private set; }
    public string ShortName { get; private set; }
    public string NameEn { get; private set; }
    /// <summary>Prefix of people-facing numbers (申报编号 GX-2023-3-0042).</summary>
    public string NumberPrefix { get; private set; }
}
