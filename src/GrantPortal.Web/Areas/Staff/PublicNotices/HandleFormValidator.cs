using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.PublicNotices;

public sealed class HandleFormValidator : AbstractValidator<HandleForm>
{
    public HandleFormValidator()
    {
        RuleFor(f => f.Decision).Must(d => d is "upheld" or "dismissed").WithMessage("请选择异议是否成立");
        RuleFor(f => f.Handling).NotEmpty().WithMessage("请填写处理情况").MaximumLength(5000).WithMessage("处理情况不能超过 5000 个字");
        RuleFor(f => f.Outcome).NotEmpty().WithMessage("请填写处理结果").MaximumLength(2000).WithMessage("处理结果不能超过 2000 个字");
        RuleFor(f => f.Withdraw).Equal(false).WithMessage("只有异议成立时才能撤销项目。").When(f => f.Decision != "upheld");
    }
}
