namespace GrantPortal.Domain.Awards;

/// <summary>A category (sub-type) of the call as the ledger sees it: its place in the tree and its budget cap (总额), if any.</summary>
public sealed record LedgerCategory(Guid Id, Guid? ParentId, string Code, string Name, decimal? Cap);
