using FluentValidation;

namespace GrantPortal.Web.Areas.Review.Welcome;

public sealed class WelcomeFormValidator : AbstractValidator<WelcomeForm>
{
    public WelcomeFormValidator()
    {
        RuleFor(f => f.Password).NotEmpty().WithMessage("请设置密码").MinimumLength(12).WithMessage("密码至少需要 12 个字符").MaximumLength(200).WithMessage("密码不能超过 200 个字符");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage("两次输入的密码不一致");
    }
}
