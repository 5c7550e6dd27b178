using FluentValidation;

namespace GrantPortal.Web.Areas.Public.Password;

/// <summary>
/// Only what the form itself can say: the new password's rules (length, common and simple passwords, context words)
/// are Identity's validators, run by ChangePasswordAsync exactly as at registration.
/// </summary>
public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator()
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("请填写当前密码").MaximumLength(200).WithMessage("密码过长");
        RuleFor(f => f.NewPassword).NotEmpty().WithMessage("请填写新密码").MaximumLength(200).WithMessage("密码过长")
            .NotEqual(f => f.CurrentPassword).WithMessage("新密码不能与当前密码相同");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage("两次输入的密码不一致");
    }
}
