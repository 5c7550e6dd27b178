using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.Categories;

public sealed class DeadlineFieldsValidator : AbstractValidator<DeadlineFields>
{
    public DeadlineFieldsValidator()
    {
        RuleFor(d => d.Date).NotNull().WithMessage("请填写日期").When(d => d.Kind == DeadlineChoice.Date);
        When(d => d.Kind is DeadlineChoice.WorkingDays or DeadlineChoice.Months, () =>
        {
            RuleFor(d => d.Count).NotNull().WithMessage("请填写天数或月数").GreaterThan(0).WithMessage("天数或月数必须大于零");
            RuleFor(d => d.Event).NotNull().WithMessage("请选择起算事件");
        });
        RuleFor(d => d.Label).MaximumLength(100).WithMessage("说明不能超过 100 个字");
    }
}
