using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.Awards;

public sealed class RecoveryFormValidator : AbstractValidator<RecoveryForm>
{
    public RecoveryFormValidator()
    {
        RuleFor(f => f.Amount).NotNull().WithMessage("请填写追回金额");
        RuleFor(f => f.Amount).GreaterThan(0m).WithMessage("追回金额必须大于零").When(f => f.Amount is not null);
        RuleFor(f => f.Amount).Must(a => a is null || decimal.Round(a.Value, 2) == a.Value).WithMessage("金额最多两位小数");
        RuleFor(f => f.ReceivedOn).NotNull().WithMessage("请填写到账日期");
        RuleFor(f => f.VoucherNumber).NotEmpty().WithMessage("请填写凭证号");
        RuleFor(f => f.VoucherNumber).MaximumLength(64).WithMessage("凭证号不能超过 64 个字符");
    }
}
