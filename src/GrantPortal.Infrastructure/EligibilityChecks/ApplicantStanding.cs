using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Eligibility;
using GrantPortal.Domain.Organizations;

namespace GrantPortal.Infrastructure.EligibilityChecks;

/// <summary>
/// What eligibility needs to know about one organisation, loaded once: its profile, declared facts, debarments and
/// applications (id, call, category, status), and the Beijing date today.
/// </summary>
public sealed record ApplicantStanding(
    ApplicantOrganization Organization,
    IReadOnlyCollection<OrganizationFact> Facts,
    IReadOnlyCollection<Debarment> Debarments,
    IReadOnlyCollection<ApplicationStanding> Applications,
    bool HasUnfinishedProject,
    DateTimeOffset Now,
    DateOnly Today);

/// <summary>One of the organisation's applications, as the per-call limit counts them.</summary>
public sealed record ApplicationStanding(Guid Id, Guid CallId, Guid CategoryId, ApplicationStatus Status);
