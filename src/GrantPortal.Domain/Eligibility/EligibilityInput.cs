using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Organizations;

namespace GrantPortal.Domain.Eligibility;

/// <summary>
/// What the eligibility rule looks at: the organisation's type, declared facts and debarments, the call and category,
/// the call's phase now, how many OTHER applications (neither draft nor withdrawn) the organisation has in the call,
/// whether it has an unfinished earlier project, and the Beijing date today.
/// </summary>
public sealed record EligibilityInput(
    ApplicantType Type,
    IReadOnlyCollection<OrganizationFact> Facts,
    IReadOnlyCollection<Debarment> Debarments,
    GrantCall Call,
    GrantCategory Category,
    CallPhase Phase,
    int OtherApplicationsInCall,
    bool HasUnfinishedProject,
    DateOnly Today);
