namespace GrantPortal.Domain.FormalChecks;

/// <summary>One source of checklist items (a rule of the call, the uploads, the sealed scan …): see <see cref="FormalCheckItems.Standard"/>.</summary>
public delegate IEnumerable<FormalCheckItem> FormalCheckItemSource(FormalCheckFacts facts);
