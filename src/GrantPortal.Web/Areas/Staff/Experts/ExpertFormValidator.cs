using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.Experts;

public sealed class ExpertFormValidator : AbstractValidator<ExpertForm>
{
    public ExpertFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写专家姓名").MaximumLength(100).WithMessage("姓名不能超过 100 个字");
        RuleFor(f => f.Organization).NotEmpty().WithMessage("请填写工作单位").MaximumLength(200).WithMessage("工作单位不能超过 200 个字");
        RuleFor(f => f.Type).NotNull().WithMessage("请选择专家类型").IsInEnum().WithMessage("请选择专家类型");
        RuleFor(f => f.Email).EmailAddress().WithMessage("邮箱格式不正确").MaximumLength(256).WithMessage("邮箱过长").When(f => !string.IsNullOrWhiteSpace(f.Email));
        RuleFor(f => f.Phone).MaximumLength(50).WithMessage("电话不能超过 50 个字符");
        RuleFor(f => f.MaxAssignments).InclusiveBetween(1, 1000).WithMessage("每次评审最多任务数应为 1–1000").When(f => f.MaxAssignments is not null);
        RuleFor(f => f.RelatedOrganizations).Must(t => ExpertForm.Lines(t).All(l => l.Length <= 200)).WithMessage("每个关联单位不能超过 200 个字");
    }
}
