using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.Awards;

public sealed class PaymentFormValidator : AbstractValidator<PaymentForm>
{
    public PaymentFormValidator()
    {
        RuleFor(f => f.PaidOn).NotNull().WithMessage("请填写拨付日期");
        RuleFor(f => f.VoucherNumber).NotEmpty().WithMessage("请填写凭证号");
        RuleFor(f => f.VoucherNumber).MaximumLength(64).WithMessage("凭证号不能超过 64 个字符");
    }
}
