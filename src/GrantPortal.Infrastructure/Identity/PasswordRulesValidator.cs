using GrantPortal.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace GrantPortal.Infrastructure.Identity;

/// <summary>
/// Runs <see cref="PasswordRules"/> wherever Identity sets a password (registration, invitations, expert welcome,
/// admin-created accounts), with the person's e-mail and name and the current association as context words.
/// </summary>
public sealed class PasswordRulesValidator(TenantContext tenant) : IPasswordValidator<PortalUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var association = tenant.Association;
        var email = user.Email ?? user.UserName ?? "";
        string?[] context = [email.Split('@')[0], user.DisplayName, association?.Identifier, association?.Name, association?.ShortName];
        var errors = manager.ErrorDescriber as PortalIdentityErrors ?? new PortalIdentityErrors();
        IdentityError? error = PasswordRules.Default.Check(password ?? "", context) switch
        {
            PasswordProblem.TooLong => errors.PasswordTooLong(PasswordRules.MaxLength),
            PasswordProblem.Common => errors.PasswordTooCommon(),
            PasswordProblem.Simple => errors.PasswordTooSimple(),
            PasswordProblem.ContainsContext => errors.PasswordContainsContext(),
            _ => null,
        };
        return Task.FromResult(error is null ? IdentityResult.Success : IdentityResult.Failed(error));
    }
}
