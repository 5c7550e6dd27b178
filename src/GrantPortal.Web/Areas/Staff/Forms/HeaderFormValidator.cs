using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.Forms;

public sealed class HeaderFormValidator : AbstractValidator<HeaderForm>
{
    public HeaderFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("请填写申报表标题").MaximumLength(200).WithMessage("标题不能超过 200 个字");
        RuleFor(f => f.Attachment).MaximumLength(100).WithMessage("附件名称不能超过 100 个字");
    }
}
