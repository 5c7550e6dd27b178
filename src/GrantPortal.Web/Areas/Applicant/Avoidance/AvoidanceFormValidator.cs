using FluentValidation;
using GrantPortal.Domain.Applications;

namespace GrantPortal.Web.Areas.Applicant.Avoidance;

public sealed class AvoidanceFormValidator : AbstractValidator<AvoidanceForm>
{
    public AvoidanceFormValidator()
    {
        RuleFor(f => f.Rows).Must(r => r.Count(x => !x.IsEmpty) <= GrantApplication.MaxAvoidances).WithMessage("最多申请回避 3 位专家");
        RuleForEach(f => f.Rows).ChildRules(row =>
        {
            row.RuleFor(r => r.Name).NotEmpty().WithMessage("请填写专家姓名").MaximumLength(50).WithMessage("姓名不能超过 50 个字").When(r => !r.IsEmpty);
            row.RuleFor(r => r.Organization).MaximumLength(200).WithMessage("工作单位不能超过 200 个字");
            row.RuleFor(r => r.Reason).NotEmpty().WithMessage("请填写回避理由").MaximumLength(500).WithMessage("理由不能超过 500 个字").When(r => !r.IsEmpty);
        });
    }
}
