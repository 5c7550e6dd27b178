using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.Calls;

public sealed class ScheduleFormValidator : AbstractValidator<ScheduleForm>
{
    public ScheduleFormValidator()
    {
        RuleFor(f => f.Deadline).SetValidator(new SubmissionDeadlineInputValidator());
        RuleFor(f => f.Completion).SetValidator(new DeadlineRuleInputValidator());
        RuleFor(f => f.Acceptance).SetValidator(new DeadlineRuleInputValidator());
        RuleFor(f => f.ProjectPeriodMonths).InclusiveBetween(1, 120).WithMessage("项目周期应在 1 至 120 个月之间");
        RuleFor(f => f.OpensAt)
            .Must((f, opens) => f.Deadline.ToInstant() is not { } deadline || SubmissionDeadlineInput.FromBeijing(opens!.Value) < deadline.Instant)
            .When(f => f.OpensAt is not null)
            .WithMessage("开放时间必须早于申报截止时间");
    }
}
