using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Reviews;

/// <summary>
/// 评审专家: one person in an association's expert pool, of one type, with the fields and keywords that match them to
/// applications and the organisations they declare a relation to. Signs in through a portal account (role Reviewer)
/// and sees only what is assigned to them.
/// </summary>
public sealed class Expert : ITenantOwned
{
    private Expert() { }

    public Expert(Guid tenantId, string name, string organization, ExpertType type, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("expert.name_required", "An expert needs a name.");
        }
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        Name = name.Trim();
        Organization = organization?.Trim() ?? "";
        Type = type;
        Available = true;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>工作单位: compared with applicants and partner units to find conflicts of interest.</summary>
    public string Organization { get; private set; } = "";
    public ExpertType Type { get; private set; }
    /// <summary>专业领域.</summary>
    public List<string> Fields { get; private set; } = [];
    /// <summary>关键词: matched against applications when assigning.</summary>
    public List<string> Keywords { get; private set; } = [];
    /// <summary>Organisations the expert declares a relation to (former employer, a post held …): a conflict like their own.</summary>
    public List<string> RelatedOrganizations { get; private set; } = [];
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    /// <summary>The portal account the expert signs in with; null until one is linked.</summary>
    public Guid? UserId { get; private set; }
    /// <summary>Takes new assignments.</summary>
    public bool Available { get; private set; }
    /// <summary>At most this many applications per call; null for no limit.</summary>
    public int? MaxAssignments { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Staff change the expert's record (the pool page); lists are trimmed, emptied of blanks and duplicates.</summary>
    public void Update(
        string name, string organization, ExpertType type, IEnumerable<string> fields, IEnumerable<string> keywords,
        IEnumerable<string> relatedOrganizations, string? email, string? phone, bool available, int? maxAssignments)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("expert.name_required", "An expert needs a name.");
        }
        if (maxAssignments is < 1)
        {
            throw new DomainException("expert.max_invalid", "The maximum number of assignments must be at least 1.");
        }
        Name = name.Trim();
        Organization = organization?.Trim() ?? "";
        Type = type;
        Fields = Clean(fields);
        Keywords = Clean(keywords);
        RelatedOrganizations = Clean(relatedOrganizations);
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        Available = available;
        MaxAssignments = maxAssignments;
    }

    /// <summary>Links the portal account the expert signs in with.</summary>
    public void LinkAccount(Guid userId, string email)
    {
        UserId = userId;
        Email = email.Trim();
    }

    /// <summary>Whether another expert of this many assignments in a call may take one more.</summary>
    public bool HasRoomFor(int assignmentsInCall) => MaxAssignments is null || assignmentsInCall < MaxAssignments.Value;

    private static List<string> Clean(IEnumerable<string> values) =>
        (values ?? []).Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
