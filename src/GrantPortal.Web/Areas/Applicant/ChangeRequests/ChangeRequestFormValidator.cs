using FluentValidation;
using GrantPortal.Domain.Progress;

namespace GrantPortal.Web.Areas.Applicant.ChangeRequests;

public sealed class ChangeRequestFormValidator : AbstractValidator<ChangeRequestForm>
{
    public ChangeRequestFormValidator()
    {
        RuleFor(f => f.Kind).NotNull().WithMessage("请选择变更事项").IsInEnum().WithMessage("请选择变更事项");
        RuleFor(f => f.NewCompletionDate).NotNull().WithMessage("实施时间变更请填写新的完成日期").When(f => f.Kind == ChangeKind.Timing);
        RuleFor(f => f.To).NotEmpty().WithMessage("请填写变更后的内容").When(f => f.Kind is not ChangeKind.Timing);
        RuleFor(f => f.Reason).NotEmpty().WithMessage("请填写变更理由");
        RuleFor(f => f.From).MaximumLength(ChangeRequest.TextMaxLength).WithMessage("内容过长");
        RuleFor(f => f.To).MaximumLength(ChangeRequest.TextMaxLength).WithMessage("内容过长");
        RuleFor(f => f.Reason).MaximumLength(ChangeRequest.ReasonMaxLength).WithMessage("内容过长");
    }
}
