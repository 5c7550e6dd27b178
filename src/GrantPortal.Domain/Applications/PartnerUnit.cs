namespace GrantPortal.Domain.Applications;

/// <summary>合作单位 of a joint application.</summary>
public sealed record PartnerUnit(string Name, string? CreditCode, string? Role);
