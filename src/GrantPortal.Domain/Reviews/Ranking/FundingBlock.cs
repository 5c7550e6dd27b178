using GrantPortal.Domain.Calls;

namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>Why one application could not be funded: the node whose quota is full or whose cap it would exceed.</summary>
public sealed record FundingBlock(GrantCategory Node, FundingBlockKind Kind, decimal Used, decimal Limit);
