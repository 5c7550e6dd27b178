using FluentValidation;
using GrantPortal.Domain.Notices;

namespace GrantPortal.Web.Areas.Public.Notices;

public sealed class ObjectionFormValidator : AbstractValidator<ObjectionForm>
{
    public ObjectionFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写异议人姓名").MaximumLength(50).WithMessage("姓名不能超过 50 个字");
        RuleFor(f => f.Organization).MaximumLength(200).WithMessage("工作单位不能超过 200 个字");
        RuleFor(f => f.Phone).NotEmpty().WithMessage("请填写联系电话或电子邮箱（至少一项）").When(f => string.IsNullOrWhiteSpace(f.Email));
        RuleFor(f => f.Phone).Matches(@"^[0-9+()\- ]{7,20}$").WithMessage("联系电话格式不正确").When(f => !string.IsNullOrWhiteSpace(f.Phone));
        RuleFor(f => f.Email).EmailAddress().WithMessage("邮箱格式不正确").MaximumLength(256).WithMessage("邮箱过长").When(f => !string.IsNullOrWhiteSpace(f.Email));
        RuleFor(f => f.Reasons).NotEmpty().WithMessage("请填写异议理由")
            .Must(r => (r ?? "").Trim().Length >= Objection.MinReasonsLength).WithMessage("异议理由至少需要 20 个字，请写明事实和依据")
            .MaximumLength(Objection.MaxReasonsLength).WithMessage("异议理由不能超过 5000 个字");
    }
}
