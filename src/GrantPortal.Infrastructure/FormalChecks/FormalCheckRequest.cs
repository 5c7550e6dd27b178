using GrantPortal.Domain.FormalChecks;

namespace GrantPortal.Infrastructure.FormalChecks;

/// <summary>
/// One staff decision as posted: the revision the page showed, the outcome, the reasons (return, reject) or a note
/// (pass), the correction deadline of a return, and the manual items ticked.
/// </summary>
public sealed record FormalCheckRequest(
    Guid ApplicationId, int ExpectedRevision, FormalCheckOutcome Outcome, string? Reasons, DateTimeOffset? CorrectionDeadline, IReadOnlyCollection<string> Ticked);
