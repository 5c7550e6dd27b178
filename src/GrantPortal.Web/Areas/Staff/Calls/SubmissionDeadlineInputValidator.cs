using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.Calls;

public sealed class SubmissionDeadlineInputValidator : AbstractValidator<SubmissionDeadlineInput>
{
    public SubmissionDeadlineInputValidator()
    {
        RuleFor(d => d.Kind).Must(k => k is "none" or "day" or "minute").WithMessage("请选择截止时间的填写方式");
        RuleFor(d => d.Day).NotNull().When(d => d.Kind == "day").WithMessage("请填写截止日期");
        RuleFor(d => d.At).NotNull().When(d => d.Kind == "minute").WithMessage("请填写截止日期和时间");
    }
}
