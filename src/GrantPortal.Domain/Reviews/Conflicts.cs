namespace GrantPortal.Domain.Reviews;

/// <summary>
/// 利益冲突 rules: an expert is conflicted with an application when they work for the applicant or a partner unit,
/// declared a relation to one of them, or the applicant asked to avoid them (by name, and organisation when given).
/// </summary>
public static class Conflicts
{
    /// <summary>Every conflict between the expert and the application; empty when none.</summary>
    public static IReadOnlyList<ConflictOfInterest> Between(Expert expert, ReviewedApplication application)
    {
        ArgumentNullException.ThrowIfNull(expert);
        ArgumentNullException.ThrowIfNull(application);
        var found = new List<ConflictOfInterest>();
        if (OrganizationNames.Same(expert.Organization, application.OrganizationName))
        {
            found.Add(new ConflictOfInterest(ConflictKind.SameOrganization, application.OrganizationName));
        }
        foreach (var partner in application.PartnerNames.Where(p => OrganizationNames.Same(expert.Organization, p)))
        {
            found.Add(new ConflictOfInterest(ConflictKind.PartnerUnit, partner));
        }
        foreach (var related in expert.RelatedOrganizations)
        {
            foreach (var party in application.PartnerNames.Prepend(application.OrganizationName).Where(p => OrganizationNames.Same(related, p)))
            {
                found.Add(new ConflictOfInterest(ConflictKind.DeclaredRelation, party));
            }
        }
        foreach (var request in application.Avoidances.Where(r => Matches(expert, r)))
        {
            found.Add(new ConflictOfInterest(ConflictKind.AvoidanceRequested, request.Reason));
        }
        return found;
    }

    /// <summary>Whether the expert has any conflict with the application.</summary>
    public static bool Any(Expert expert, ReviewedApplication application) => Between(expert, application).Count > 0;

    private static bool Matches(Expert expert, AvoidanceRequest request) =>
        OrganizationNames.SamePerson(expert.Name, request.Name)
        && (string.IsNullOrWhiteSpace(request.Organization)
            || OrganizationNames.Same(expert.Organization, request.Organization)
            || expert.RelatedOrganizations.Any(r => OrganizationNames.Same(r, request.Organization)));
}
