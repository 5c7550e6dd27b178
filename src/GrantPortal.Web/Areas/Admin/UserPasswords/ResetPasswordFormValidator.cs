using FluentValidation;

namespace GrantPortal.Web.Areas.Admin.UserPasswords;

/// <summary>The form's own checks; the password rules are Identity's validators, run by ResetPasswordAsync as at registration.</summary>
public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator()
    {
        RuleFor(f => f.NewPassword).NotEmpty().WithMessage("请填写新密码").MaximumLength(200).WithMessage("密码过长");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage("两次输入的密码不一致");
    }
}
