using FluentValidation;

namespace GrantPortal.Web.Areas.Public.Account;

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("请填写邮箱").MaximumLength(256).WithMessage("邮箱过长");
        RuleFor(f => f.Password).NotEmpty().WithMessage("请填写密码").MaximumLength(200).WithMessage("密码过长");
    }
}
