namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>
/// An application as the ranking sees it: where it was submitted (the applicable category), the sub-types it chose
/// inside the form (child codes; one for a single choice, several for a combinable node such as Guangxi 2023-5), the
/// amount it asks for and when it was submitted (both used to break ties).
/// </summary>
public sealed record RankingCandidate(
    Guid ApplicationId,
    Guid CategoryId,
    string Number,
    string Title,
    string Applicant,
    decimal? RequestedAmount,
    DateTimeOffset? SubmittedAt,
    IReadOnlyList<string> SubtypeCodes);
