using FluentValidation;

namespace GrantPortal.Web.Areas.Public.TwoFactor;

public sealed class DisableTwoFactorFormValidator : AbstractValidator<DisableTwoFactorForm>
{
    public DisableTwoFactorFormValidator()
    {
        RuleFor(f => f.CurrentCode).NotEmpty().WithMessage("请填写验证器中的验证码，或填写登录密码")
            .When(f => string.IsNullOrEmpty(f.Password));
        RuleFor(f => f.CurrentCode).MaximumLength(20).WithMessage("验证码过长");
        RuleFor(f => f.Password).MaximumLength(200).WithMessage("密码过长");
    }
}
