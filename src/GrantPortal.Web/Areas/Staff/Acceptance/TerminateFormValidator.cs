using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.Acceptance;

public sealed class TerminateFormValidator : AbstractValidator<TerminateForm>
{
    public TerminateFormValidator()
    {
        RuleFor(f => f.Ground).NotNull().WithMessage("请选择终止原因");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("请填写终止说明").MaximumLength(1000).WithMessage("终止说明不能超过 1000 字");
        RuleFor(f => f.ToRecover).NotNull().WithMessage("请填写应追回金额");
        RuleFor(f => f.ToRecover).GreaterThanOrEqualTo(0).WithMessage("应追回金额不能为负数")
            .Must(v => decimal.Round(v!.Value, 2) == v).WithMessage("金额最多两位小数").When(f => f.ToRecover is not null);
        RuleFor(f => f.RecoveryNote).MaximumLength(1000).WithMessage("说明不能超过 1000 字");
        RuleFor(f => f.Years).NotNull().WithMessage("请填写取消申报资格的年限").InclusiveBetween(1, 10).WithMessage("年限应为 1 至 10 年").When(f => f.Debar);
    }
}
