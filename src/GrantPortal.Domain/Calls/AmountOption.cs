namespace GrantPortal.Domain.Calls;

/// <summary>One branch of a conditional amount rule: when the applicant declares <see cref="Fact"/>, the amount is <see cref="Amount"/>.</summary>
public sealed record AmountOption(string Fact, string Label, decimal Amount);
