using FluentValidation;
using GrantPortal.Domain.Common;

namespace GrantPortal.Web.Areas.Staff.Rules;

/// <summary>
/// What each field must hold. Whether the tranches add up to 100% and come in milestone order is the call's own
/// invariant: the save refuses it, with the sum it found.
/// </summary>
public sealed class RulesFormValidator : AbstractValidator<RulesForm>
{
    public RulesFormValidator()
    {
        RuleFor(f => f.ApplicationLimit).GreaterThanOrEqualTo(1).WithMessage("每个单位限报数量至少为 1；不限则留空");
        RuleFor(f => f.PaperCopies).InclusiveBetween(0, 100).WithMessage("纸质材料份数应在 0 到 100 之间");
        RuleFor(f => f.Materials).MaximumLength(4000).WithMessage("报送材料过长");
        RuleFor(f => f.SubmissionAddress).MaximumLength(500).WithMessage("报送地址不能超过 500 个字");
        RuleFor(f => f.PublicNoticeWorkingDays).InclusiveBetween(1, 60).WithMessage("公示期应在 1 到 60 个工作日之间；未规定则留空");
        RuleFor(f => f.MaxTravelPercent).InclusiveBetween(0m, 100m).WithMessage("差旅支出比例上限应在 0 到 100 之间")
            .Must(p => p is null || Money.HasAtMostTwoDecimals(p.Value)).WithMessage("比例最多两位小数");
        RuleFor(f => f.SpendingNotes).MaximumLength(4000).WithMessage("经费说明过长");
        RuleFor(f => f.Notes).MaximumLength(8000).WithMessage("备注过长");
        RuleFor(f => f.Tranches).Must(t => t.Count <= 20).WithMessage("拨付最多 20 期");
        RuleForEach(f => f.Tranches).ChildRules(row =>
        {
            row.RuleFor(t => t.Percent).NotNull().WithMessage("请填写拨付比例")
                .GreaterThan(0m).WithMessage("拨付比例必须大于 0").LessThanOrEqualTo(100m).WithMessage("拨付比例不能超过 100%")
                .Must(p => p is null || Money.HasAtMostTwoDecimals(p.Value)).WithMessage("比例最多两位小数")
                .When(t => t.Kept);
            row.RuleFor(t => t.Milestone).NotNull().WithMessage("请选择拨付节点").When(t => t.Kept);
        });
        RuleFor(f => f.Debarments).Must(d => d.Count <= 20).WithMessage("取消资格规定最多 20 条");
        RuleForEach(f => f.Debarments).ChildRules(row =>
        {
            row.RuleFor(d => d.Reason).NotNull().WithMessage("请选择原因").When(d => d.Kept);
            row.RuleFor(d => d.Years).NotNull().WithMessage("请填写年数")
                .InclusiveBetween(1, 10).WithMessage("取消资格年数应在 1 到 10 之间").When(d => d.Kept);
            row.RuleFor(d => d.Note).MaximumLength(200).WithMessage("说明不能超过 200 个字").When(d => d.Kept);
        });
    }
}
