using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.Rules;

public sealed class ContactsFormValidator : AbstractValidator<ContactsForm>
{
    public ContactsFormValidator()
    {
        RuleFor(f => f.Contacts).Must(c => c.Count <= 30).WithMessage("联系人最多 30 位");
        RuleForEach(f => f.Contacts).ChildRules(row =>
        {
            row.RuleFor(c => c.Name).NotEmpty().WithMessage("请填写联系人姓名").MaximumLength(50).WithMessage("姓名不能超过 50 个字").When(c => c.Kept);
            row.RuleFor(c => c.Role).MaximumLength(50).WithMessage("职责不能超过 50 个字").When(c => c.Kept);
            row.RuleFor(c => c.Phones).MaximumLength(200).WithMessage("电话过长").When(c => c.Kept);
            row.RuleFor(c => c.Email).EmailAddress().WithMessage("邮箱格式不正确").MaximumLength(256).WithMessage("邮箱过长").When(c => c.Kept && !string.IsNullOrWhiteSpace(c.Email));
            row.RuleFor(c => c.Address).MaximumLength(200).WithMessage("地址不能超过 200 个字").When(c => c.Kept);
        });
    }
}
