using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.Agreements;

public sealed class AgreementReasonFormValidator : AbstractValidator<AgreementReasonForm>
{
    public AgreementReasonFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("请填写原因").MaximumLength(1000).WithMessage("原因不能超过 1000 字");
    }
}
