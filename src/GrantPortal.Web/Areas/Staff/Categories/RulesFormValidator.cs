using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.Categories;

public sealed class RulesFormValidator : AbstractValidator<RulesForm>
{
    public RulesFormValidator()
    {
        RuleFor(f => f.MaxTravelPercent).InclusiveBetween(0, 100).WithMessage("差旅支出比例上限必须在 0 到 100 之间").When(f => f.OwnSpending);
        When(f => f.OwnContact, () =>
        {
            RuleFor(f => f.ContactName).NotEmpty().WithMessage("请填写联系人姓名").MaximumLength(50).WithMessage("姓名不能超过 50 个字");
            RuleFor(f => f.ContactEmail).EmailAddress().WithMessage("邮箱格式不正确").When(f => !string.IsNullOrWhiteSpace(f.ContactEmail));
        });
        RuleFor(f => f.Completion).SetValidator(new DeadlineFieldsValidator());
        RuleFor(f => f.Acceptance).SetValidator(new DeadlineFieldsValidator());
        RuleForEach(f => f.Materials).Where(m => m.Kept).ChildRules(row =>
        {
            row.RuleFor(m => m.Name).MaximumLength(100).WithMessage("材料名称不能超过 100 个字");
            row.RuleFor(m => m.MinCharacters).GreaterThan(0).WithMessage("字数要求必须为正数");
            row.RuleFor(m => m.MinCount).GreaterThan(0).WithMessage("数量要求必须为正数");
            row.RuleFor(m => m.MaxFiles).GreaterThan(0).WithMessage("文件数必须为正数");
            row.RuleFor(m => m.Due).SetValidator(new DeadlineFieldsValidator());
        });
    }
}
