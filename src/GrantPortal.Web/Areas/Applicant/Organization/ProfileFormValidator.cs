using FluentValidation;
using GrantPortal.Web.Areas.Public.Registration;

namespace GrantPortal.Web.Areas.Applicant.Organization;

public sealed class ProfileFormValidator : AbstractValidator<ProfileForm>
{
    public ProfileFormValidator()
    {
        RuleFor(f => f.LegalRepresentative).MaximumLength(50).WithMessage("法定代表人姓名不能超过 50 个字");
        RuleFor(f => f.Chair).MaximumLength(50).WithMessage("理事长姓名不能超过 50 个字");
        RuleFor(f => f.SecretaryGeneral).MaximumLength(50).WithMessage("秘书长姓名不能超过 50 个字");
        RuleFor(f => f.SupportingUnit).MaximumLength(100).WithMessage("业务主管单位不能超过 100 个字");
        RuleFor(f => f.FinanceSystem).IsInEnum().WithMessage("请选择财务制度");
        RuleFor(f => f.MemberCount).GreaterThanOrEqualTo(0).WithMessage("人数不能为负数");
        RuleFor(f => f.GroupMemberCount).GreaterThanOrEqualTo(0).WithMessage("人数不能为负数");
        RuleFor(f => f.StaffCount).GreaterThanOrEqualTo(0).WithMessage("人数不能为负数");
        RuleFor(f => f.Address).MaximumLength(200).WithMessage("通信地址不能超过 200 个字");
        RuleFor(f => f.PostalCode).Matches(@"^\d{6}$").When(f => !string.IsNullOrWhiteSpace(f.PostalCode)).WithMessage("邮政编码应为 6 位数字");
        RuleFor(f => f.Website).MaximumLength(200).WithMessage("网址不能超过 200 个字符")
            .Must(BeAWebAddress).When(f => !string.IsNullOrWhiteSpace(f.Website)).WithMessage("网址应以 http:// 或 https:// 开头");
        RuleFor(f => f.ContactName).NotEmpty().WithMessage("请填写联系人姓名").MaximumLength(50).WithMessage("联系人姓名不能超过 50 个字");
        RuleFor(f => f.ContactPhone).NotEmpty().WithMessage("请填写联系电话")
            .Matches(RegisterFormValidator.PhonePattern).When(f => !string.IsNullOrWhiteSpace(f.ContactPhone))
            .WithMessage("请填写正确的手机号或固定电话（如 13800000000 或 0771-2630981）");
        RuleFor(f => f.ContactEmail).NotEmpty().WithMessage("请填写联系人邮箱").EmailAddress().WithMessage("邮箱格式不正确").MaximumLength(256).WithMessage("邮箱过长");
        RuleFor(f => f.SecondContactName).MaximumLength(50).WithMessage("联系人姓名不能超过 50 个字");
        RuleFor(f => f.SecondContactName).NotEmpty().WithMessage("填写了第二联系人的电话或邮箱时，请填写其姓名")
            .When(f => !string.IsNullOrWhiteSpace(f.SecondContactPhone) || !string.IsNullOrWhiteSpace(f.SecondContactEmail));
        RuleFor(f => f.SecondContactPhone).Matches(RegisterFormValidator.PhonePattern).When(f => !string.IsNullOrWhiteSpace(f.SecondContactPhone))
            .WithMessage("请填写正确的手机号或固定电话（如 13800000000 或 0771-2630981）");
        RuleFor(f => f.SecondContactEmail).EmailAddress().WithMessage("邮箱格式不正确").MaximumLength(256).WithMessage("邮箱过长")
            .When(f => !string.IsNullOrWhiteSpace(f.SecondContactEmail));
    }

    private static bool BeAWebAddress(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
