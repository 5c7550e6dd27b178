using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.MidTerm;

public sealed class EvaluationFormValidator : AbstractValidator<EvaluationForm>
{
    public EvaluationFormValidator()
    {
        RuleFor(f => f.Outcome).Must(o => o is "pass" or "return" or "fail").WithMessage("请选择评估结果");
        RuleFor(f => f.Comment).NotEmpty().WithMessage("退回修改或不通过时请填写意见").When(f => f.Outcome is "return" or "fail");
        RuleFor(f => f.Comment).MaximumLength(2000).WithMessage("意见最多 2000 字");
    }
}
