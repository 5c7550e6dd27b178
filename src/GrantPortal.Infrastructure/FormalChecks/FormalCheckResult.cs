using GrantPortal.Domain.Common;
using GrantPortal.Domain.FormalChecks;

namespace GrantPortal.Infrastructure.FormalChecks;

/// <summary>The decision made, or why not: the domain's refusal in <see cref="Error"/>.</summary>
public sealed record FormalCheckResult(FormalCheckStatus Status, FormalCheckDecision? Decision = null, DomainException? Error = null);
