using FluentValidation;

namespace GrantPortal.Web.Areas.Applicant.Facts;

public sealed class FactsFormValidator : AbstractValidator<FactsForm>
{
    public FactsFormValidator()
    {
        RuleFor(f => f.RatingGrade).MaximumLength(10).WithMessage("评价等级不能超过 10 个字符");
        RuleFor(f => f.RatingYear).NotNull().WithMessage("请填写评价年度").When(f => !string.IsNullOrWhiteSpace(f.RatingGrade));
        RuleFor(f => f.RatingYear).InclusiveBetween(2000, 2100).WithMessage("评价年度不正确").When(f => f.RatingYear is not null);
        RuleFor(f => f.RatingGrade).NotEmpty().WithMessage("请填写评价等级").When(f => f.RatingYear is not null);
        RuleForEach(f => f.AnnualReportYears).InclusiveBetween(2000, 2100).WithMessage("年报年度不正确");
        RuleFor(f => f.Other).MaximumLength(200).WithMessage("其他情况不能超过 200 个字");
    }
}
