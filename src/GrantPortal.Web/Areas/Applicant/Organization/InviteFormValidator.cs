using FluentValidation;

namespace GrantPortal.Web.Areas.Applicant.Organization;

public sealed class InviteFormValidator : AbstractValidator<InviteForm>
{
    public InviteFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("请填写邮箱").EmailAddress().WithMessage("邮箱格式不正确").MaximumLength(256).WithMessage("邮箱过长");
    }
}
