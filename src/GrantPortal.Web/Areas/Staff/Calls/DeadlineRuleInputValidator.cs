using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.Calls;

public sealed class DeadlineRuleInputValidator : AbstractValidator<DeadlineRuleInput>
{
    public DeadlineRuleInputValidator()
    {
        RuleFor(d => d.Kind).Must(k => k is "none" or "date" or "workdays" or "months").WithMessage("请选择时限的填写方式");
        RuleFor(d => d.Date).NotNull().When(d => d.Kind == "date").WithMessage("请填写日期");
        RuleFor(d => d.Count).NotNull().WithMessage("请填写天数或月数").InclusiveBetween(1, 1000).WithMessage("天数或月数应在 1 至 1000 之间")
            .When(d => d.Kind is "workdays" or "months");
        RuleFor(d => d.Event).NotNull().When(d => d.Kind is "workdays" or "months").WithMessage("请选择起算事件");
        RuleFor(d => d.Label).MaximumLength(200).WithMessage("说明不能超过 200 个字");
    }
}
