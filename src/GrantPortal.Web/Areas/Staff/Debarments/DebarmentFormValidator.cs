using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.Debarments;

public sealed class DebarmentFormValidator : AbstractValidator<DebarmentForm>
{
    public DebarmentFormValidator()
    {
        RuleFor(f => f.OrganizationId).NotNull().WithMessage("请选择申报单位");
        RuleFor(f => f.Reason).NotNull().WithMessage("请选择取消资格的原因");
        RuleFor(f => f.From).NotNull().WithMessage("请填写起始日期");
        RuleFor(f => f.Years).InclusiveBetween(1, 10).WithMessage("年限应为 1 至 10 年").When(f => f.Years is not null);
        RuleFor(f => f.Until).NotNull().WithMessage("请填写年限或截止日期").When(f => f.Years is null);
        RuleFor(f => f.Until).GreaterThanOrEqualTo(f => f.From).WithMessage("截止日期不能早于起始日期").When(f => f.Until is not null && f.From is not null && f.Years is null);
        RuleFor(f => f.Note).MaximumLength(500).WithMessage("说明不能超过 500 个字");
    }
}
