using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.ReviewForms;

public sealed class ReviewFormInputValidator : AbstractValidator<ReviewFormInput>
{
    public ReviewFormInputValidator()
    {
        RuleFor(f => f.Criteria).Must(c => c.Any(r => !r.IsBlank)).WithMessage("评审表至少需要一项评分指标");
        RuleForEach(f => f.Criteria).Where(r => !r.IsBlank).ChildRules(row =>
        {
            row.RuleFor(r => r.Name).NotEmpty().WithMessage("请填写指标名称").MaximumLength(100).WithMessage("指标名称不能超过 100 个字");
            row.RuleFor(r => r.Description).MaximumLength(500).WithMessage("评分要点不能超过 500 个字");
            row.RuleFor(r => r.Weight).NotNull().WithMessage("请填写权重")
                .Must(w => w is null || (w > 0 && w <= 100 && w == Math.Round(w.Value, 2))).WithMessage("权重须大于 0、不超过 100，最多两位小数");
            row.RuleFor(r => r.MaxScore).NotNull().WithMessage("请填写满分")
                .Must(m => m is null || (m > 0 && m <= 1000 && m == Math.Round(m.Value, 1))).WithMessage("满分须大于 0、不超过 1000，最多一位小数");
        });
        RuleFor(f => f.Recommendations).NotEmpty().WithMessage("请至少提供一种评审建议");
        RuleFor(f => f.CommentMinLength).InclusiveBetween(0, 2000).WithMessage("评审意见最少字数须在 0 到 2000 之间");
    }
}
