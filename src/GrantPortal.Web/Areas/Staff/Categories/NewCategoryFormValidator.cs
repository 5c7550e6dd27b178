using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.Categories;

public sealed class NewCategoryFormValidator : AbstractValidator<NewCategoryForm>
{
    public NewCategoryFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("请填写类别编号").MaximumLength(40).WithMessage("类别编号不能超过 40 个字符");
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写类别名称").MaximumLength(200).WithMessage("类别名称不能超过 200 个字");
    }
}
