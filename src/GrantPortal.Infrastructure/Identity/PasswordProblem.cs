namespace GrantPortal.Infrastructure.Identity;

/// <summary>Why <see cref="PasswordRules"/> refuses a password.</summary>
public enum PasswordProblem
{
    None,
    TooLong,
    Common,
    Simple,
    ContainsContext,
}
