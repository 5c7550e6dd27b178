namespace GrantPortal.Infrastructure.FormalChecks;

/// <summary>What, when it changes, makes a cached checklist summary wrong at once.</summary>
/// <remarks>
/// The revision counts the applicant's saves and submissions and staff decisions; the similarity flag (查重) and its
/// lifting by staff change the application without a new revision, so they are part of the stamp themselves.
/// </remarks>
public readonly record struct ChecklistStamp(
    int Revision, Guid? SimilarToId, bool SimilarityAllowed, Guid? ScanId, DateTimeOffset? ScanConfirmedAt, DateTimeOffset? ScanRejectedAt);
