using FluentValidation;
using GrantPortal.Domain.Common;

namespace GrantPortal.Web.Areas.Staff.Categories;

public sealed class CategoryFormValidator : AbstractValidator<CategoryForm>
{
    public CategoryFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("请填写类别编号").MaximumLength(40).WithMessage("类别编号不能超过 40 个字符");
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写类别名称").MaximumLength(200).WithMessage("类别名称不能超过 200 个字");
        RuleFor(f => f.BudgetCap).Must(Yuan).WithMessage("总额必须大于零，最多两位小数").When(f => f.BudgetCap is not null);

        RuleFor(f => f.QuotaExact).NotNull().WithMessage("请填写项目数量").GreaterThan(0).WithMessage("项目数量必须至少为 1")
            .When(f => f.QuotaKind == QuotaChoice.Exact);
        When(f => f.QuotaKind == QuotaChoice.Range, () =>
        {
            RuleFor(f => f.QuotaMin).NotNull().WithMessage("请填写项目数量下限").GreaterThan(0).WithMessage("项目数量必须至少为 1");
            RuleFor(f => f.QuotaMax).NotNull().WithMessage("请填写项目数量上限").GreaterThan(0).WithMessage("项目数量必须至少为 1")
                .GreaterThanOrEqualTo(f => f.QuotaMin ?? 0).WithMessage("项目数量上限不能小于下限");
        });

        RuleFor(f => f.AmountFixed).NotNull().WithMessage("请填写固定额度").Must(Yuan).WithMessage("金额必须大于零，最多两位小数")
            .When(f => f.AmountKind == AmountChoice.Fixed);
        When(f => f.AmountKind == AmountChoice.Range, () =>
        {
            RuleFor(f => f.AmountMin).NotNull().WithMessage("请填写额度下限").Must(Yuan).WithMessage("金额必须大于零，最多两位小数");
            RuleFor(f => f.AmountMax).NotNull().WithMessage("请填写额度上限").Must(Yuan).WithMessage("金额必须大于零，最多两位小数")
                .GreaterThanOrEqualTo(f => f.AmountMin ?? 0).WithMessage("额度上限不能小于下限");
        });
        When(f => f.AmountKind == AmountChoice.Conditional, () =>
        {
            RuleFor(f => f.Options).Must(o => o.Any(r => !r.IsBlank)).WithMessage("按条件确定的额度至少需要一个条件");
            RuleForEach(f => f.Options).ChildRules(row =>
            {
                row.RuleFor(r => r.Fact).NotEmpty().WithMessage("请填写条件事项代码").MaximumLength(60).WithMessage("条件事项代码不能超过 60 个字符").When(r => !r.IsBlank);
                row.RuleFor(r => r.Label).NotEmpty().WithMessage("请填写条件说明").When(r => !r.IsBlank);
                row.RuleFor(r => r.Amount).NotNull().WithMessage("请填写该条件的额度").Must(Yuan).WithMessage("金额必须大于零，最多两位小数").When(r => !r.IsBlank);
            });
            RuleFor(f => f.AmountOtherwise).NotNull().WithMessage("请填写其他情形的额度（可为 0）")
                .Must(a => a is not { } v || (v >= 0 && Money.HasAtMostTwoDecimals(v))).WithMessage("金额不能为负，最多两位小数");
        });
    }

    private static bool Yuan(decimal? amount) => amount is not { } value || (value > 0 && Money.HasAtMostTwoDecimals(value));
}
