using FluentValidation;
using GrantPortal.Domain.FormalChecks;

namespace GrantPortal.Web.Areas.Staff.FormalChecks;

public sealed class DecisionFormValidator : AbstractValidator<DecisionForm>
{
    public DecisionFormValidator()
    {
        RuleFor(f => f.Outcome).NotNull().WithMessage("请选择审查结论");
        RuleFor(f => f.Reasons).NotEmpty().WithMessage("请填写退回修改的原因").When(f => f.Outcome == FormalCheckOutcome.Returned);
        RuleFor(f => f.Reasons).NotEmpty().WithMessage("请填写不予受理的原因").When(f => f.Outcome == FormalCheckOutcome.Rejected);
        RuleFor(f => f.Reasons).MaximumLength(2000).WithMessage("原因不能超过 2000 字");
        RuleFor(f => f.CorrectionDeadline).NotNull().WithMessage("请设定修改截止时间").When(f => f.Outcome == FormalCheckOutcome.Returned);
    }
}
