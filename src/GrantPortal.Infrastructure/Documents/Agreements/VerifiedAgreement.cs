using GrantPortal.Domain.Agreements;

namespace GrantPortal.Infrastructure.Documents.Agreements;

/// <summary>What the public verify page shows of the task agreement version a code was issued for.</summary>
public sealed record VerifiedAgreement(
    string AssociationName,
    string CallTitle,
    string ProjectTitle,
    string OrganizationName,
    string ApplicationNumber,
    decimal Amount,
    int Version,
    AgreementStatus Status,
    DateTimeOffset? IssuedAt,
    DateTimeOffset? CountersignedAt,
    int LatestVersion)
{
    /// <summary>No later version of the agreement exists.</summary>
    public bool IsLatest => Version == LatestVersion;
}
