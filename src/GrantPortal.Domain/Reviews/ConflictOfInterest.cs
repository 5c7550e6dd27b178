namespace GrantPortal.Domain.Reviews;

/// <summary>One conflict found between an expert and an application: its kind and the organisation or request it rests on.</summary>
public sealed record ConflictOfInterest(ConflictKind Kind, string Detail);
