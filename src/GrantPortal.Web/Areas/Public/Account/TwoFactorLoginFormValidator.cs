using FluentValidation;

namespace GrantPortal.Web.Areas.Public.Account;

public sealed class TwoFactorLoginFormValidator : AbstractValidator<TwoFactorLoginForm>
{
    public TwoFactorLoginFormValidator() =>
        RuleFor(f => f.Code).NotEmpty().WithMessage("请填写验证码").MaximumLength(20).WithMessage("验证码过长");
}
