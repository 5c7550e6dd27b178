using GrantPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Infrastructure;

/// <summary>Identity's messages (weak password, duplicate e-mail …) in the user's language.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> l) : PortalIdentityErrors
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = l["密码至少需要 {0} 个字符", length] };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = l["密码至少需要 {0} 个不同的字符", uniqueChars] };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = l["该邮箱已被注册"] };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = l["该邮箱已被注册"] };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = l["邮箱格式不正确"] };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = l["邮箱格式不正确"] };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = l["密码不正确"] };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = l["操作未能完成，请稍后再试"] };
    public override IdentityError PasswordTooLong(int length) => new() { Code = nameof(PasswordTooLong), Description = l["密码不能超过 {0} 个字符", length] };
    public override IdentityError PasswordTooCommon() => new() { Code = nameof(PasswordTooCommon), Description = l["这是最常见的密码之一，很容易被猜中，请换一个（例如几个词组成的短句）"] };
    public override IdentityError PasswordTooSimple() => new() { Code = nameof(PasswordTooSimple), Description = l["密码不能是同一字符的重复或简单序列（如 123456789012、qwertyuiop），请换一个"] };
    public override IdentityError PasswordContainsContext() => new() { Code = nameof(PasswordContainsContext), Description = l["密码不能包含您的邮箱名、姓名或本科协的名称，请换一个"] };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = l["数据已被他人修改，请刷新后重试"] };
}
