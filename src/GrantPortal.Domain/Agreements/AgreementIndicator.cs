namespace GrantPortal.Domain.Agreements;

/// <summary>考核指标: one indicator of the agreement, with the target the applicant committed to (if any).</summary>
public sealed record AgreementIndicator(string Name, string? Target = null);
