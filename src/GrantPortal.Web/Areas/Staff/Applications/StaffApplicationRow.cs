using GrantPortal.Domain.Applications;

namespace GrantPortal.Web.Areas.Staff.Applications;

/// <summary>One application in the staff list of a call.</summary>
public sealed record StaffApplicationRow(
    Guid Id, string? Number, string Title, string Organization, string CategoryCode, ApplicationStatus Status,
    DateTimeOffset? SubmittedAt, int Versions, decimal? Similarity, bool SimilarityAllowed);
