using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.Calls;

public sealed class ReasonFormValidator : AbstractValidator<ReasonForm>
{
    public ReasonFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("请填写原因").MaximumLength(1000).WithMessage("原因不能超过 1000 个字");
        RuleFor(f => f.Deadline).SetValidator(new SubmissionDeadlineInputValidator());
    }
}
