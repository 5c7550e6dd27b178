using FluentValidation;

namespace GrantPortal.Web.Areas.Public.TwoFactor;

public sealed class EnableTwoFactorFormValidator : AbstractValidator<EnableTwoFactorForm>
{
    public EnableTwoFactorFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("请填写验证码").MaximumLength(20).WithMessage("验证码过长");
        RuleFor(f => f.Password).NotEmpty().WithMessage("请填写登录密码").MaximumLength(200).WithMessage("密码过长");
    }
}
