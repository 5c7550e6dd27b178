using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.PublicNotices;

public sealed class PublishFormValidator : AbstractValidator<PublishForm>
{
    public PublishFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("请填写公示标题").MaximumLength(300).WithMessage("公示标题不能超过 300 个字");
        RuleFor(f => f.Text).MaximumLength(10000).WithMessage("公示正文不能超过 10000 个字");
        RuleFor(f => f.WorkingDays).NotNull().WithMessage("请填写公示期（工作日）")
            .InclusiveBetween(1, 30).WithMessage("公示期应为 1 至 30 个工作日");
    }
}
