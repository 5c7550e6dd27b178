using FluentValidation;
using GrantPortal.Domain.Common;

namespace GrantPortal.Web.Areas.Staff.Rankings;

public sealed class DecisionChangeFormValidator : AbstractValidator<DecisionChangeForm>
{
    public DecisionChangeFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("请填写修改原因").MaximumLength(1000).WithMessage("修改原因不能超过 1000 字");
        RuleFor(f => f.Amount).NotEmpty().When(f => f.Approved).WithMessage("立项的项目请填写资助金额");
        RuleFor(f => f.Amount)
            .Must((form, _) => form.ParsedAmount is { } yuan && yuan > 0 && Money.HasAtMostTwoDecimals(yuan))
            .When(f => f.Approved && !string.IsNullOrWhiteSpace(f.Amount))
            .WithMessage("资助金额必须是大于零的数字，最多两位小数");
    }
}
