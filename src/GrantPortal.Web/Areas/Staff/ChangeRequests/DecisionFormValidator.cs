using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.ChangeRequests;

public sealed class DecisionFormValidator : AbstractValidator<DecisionForm>
{
    public DecisionFormValidator()
    {
        RuleFor(f => f.Decision).Must(d => d is "approve" or "refuse").WithMessage("请选择审核结果");
        RuleFor(f => f.Comment).NotEmpty().WithMessage("不予批准时请填写审核意见").When(f => f.Decision == "refuse");
        RuleFor(f => f.Comment).MaximumLength(2000).WithMessage("意见最多 2000 字");
    }
}
