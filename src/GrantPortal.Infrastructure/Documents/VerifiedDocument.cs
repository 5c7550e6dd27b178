using GrantPortal.Domain.Applications;

namespace GrantPortal.Infrastructure.Documents;

/// <summary>What the public verify page shows of the submission a code was issued for, in whichever association.</summary>
public sealed record VerifiedDocument(
    string AssociationName,
    string CallTitle,
    string CategoryCode,
    string CategoryName,
    string Title,
    string OrganizationName,
    string Number,
    int Version,
    DateTimeOffset SubmittedAt,
    int LatestVersion,
    DateTimeOffset LatestSubmittedAt,
    ApplicationStatus Status)
{
    /// <summary>No later submission of the application exists.</summary>
    public bool IsLatest => Version == LatestVersion;

    /// <summary>The applicant took the application back and has not submitted it again.</summary>
    public bool IsWithdrawn => Status == ApplicationStatus.Withdrawn;
}
