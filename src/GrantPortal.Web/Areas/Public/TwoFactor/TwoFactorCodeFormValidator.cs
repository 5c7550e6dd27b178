using FluentValidation;

namespace GrantPortal.Web.Areas.Public.TwoFactor;

public sealed class TwoFactorCodeFormValidator : AbstractValidator<TwoFactorCodeForm>
{
    public TwoFactorCodeFormValidator() =>
        RuleFor(f => f.Code).NotEmpty().WithMessage("请填写验证码").MaximumLength(20).WithMessage("验证码过长");
}
