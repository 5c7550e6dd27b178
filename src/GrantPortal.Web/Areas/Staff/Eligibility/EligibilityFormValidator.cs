using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.Eligibility;

public sealed class EligibilityFormValidator : AbstractValidator<EligibilityForm>
{
    public EligibilityFormValidator()
    {
        RuleForEach(f => f.Requirements).Where(r => !r.Remove).ChildRules(requirement =>
            requirement.RuleForEach(r => r.Conditions).Where(c => !c.IsBlank).ChildRules(condition =>
            {
                condition.RuleFor(c => c.Fact).NotNull().WithMessage("请选择条件类型");
                condition.RuleFor(c => c.Label).NotEmpty().WithMessage("请填写条件说明（申报单位看到的文字）").MaximumLength(200).WithMessage("条件说明不能超过 200 个字");
                condition.RuleFor(c => c.Value).MaximumLength(50).WithMessage("取值不能超过 50 个字符");
                condition.RuleFor(c => c.Year).InclusiveBetween(2000, 2100).WithMessage("年份应在 2000 到 2100 之间");
            }));
    }
}
