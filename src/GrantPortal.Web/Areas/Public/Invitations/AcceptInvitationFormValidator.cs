using FluentValidation;

namespace GrantPortal.Web.Areas.Public.Invitations;

/// <summary>Only checked when the form creates an account (the controller ignores these errors otherwise).</summary>
public sealed class AcceptInvitationFormValidator : AbstractValidator<AcceptInvitationForm>
{
    public AcceptInvitationFormValidator()
    {
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("请填写您的姓名").MaximumLength(50).WithMessage("姓名不能超过 50 个字");
        RuleFor(f => f.Password).NotEmpty().WithMessage("请设置密码").MinimumLength(12).WithMessage("密码至少需要 12 个字符").MaximumLength(200).WithMessage("密码不能超过 200 个字符");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage("两次输入的密码不一致");
    }
}
