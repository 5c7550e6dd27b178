using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.Calls;

public sealed class CallDetailsFormValidator : AbstractValidator<CallDetailsForm>
{
    public CallDetailsFormValidator()
    {
        RuleFor(f => f.Year).NotNull().WithMessage("请填写年度").InclusiveBetween(2000, 2100).WithMessage("年度应在 2000 至 2100 之间");
        RuleFor(f => f.Title).NotEmpty().WithMessage("请填写通知标题").MaximumLength(200).WithMessage("通知标题不能超过 200 个字");
        RuleFor(f => f.DocumentNumber).MaximumLength(100).WithMessage("文号不能超过 100 个字");
        RuleFor(f => f.IssuedBy).MaximumLength(200).WithMessage("发文单位不能超过 200 个字");
        RuleFor(f => f.NoticeText).MaximumLength(100000).WithMessage("通知正文过长");
    }
}
