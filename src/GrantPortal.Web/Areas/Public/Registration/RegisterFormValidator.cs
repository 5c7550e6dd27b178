using FluentValidation;
using GrantPortal.Domain.Organizations;

namespace GrantPortal.Web.Areas.Public.Registration;

public sealed class RegisterFormValidator : AbstractValidator<RegisterForm>
{
    public const string PhonePattern = @"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$";

    public RegisterFormValidator(IHttpContextAccessor http)
    {
        RuleFor(f => f.OrganizationName).NotEmpty().WithMessage("请填写单位名称").MaximumLength(100).WithMessage("单位名称不能超过 100 个字");
        RuleFor(f => f.ApplicantType).NotNull().WithMessage("请选择单位类型").IsInEnum().WithMessage("请选择单位类型");
        RuleFor(f => f.CreditCode).NotEmpty().WithMessage("请填写统一社会信用代码")
            .Must(UnifiedSocialCreditCode.IsValid).When(f => !string.IsNullOrWhiteSpace(f.CreditCode))
            .WithMessage("统一社会信用代码不正确：应为 18 位，且最后一位校验码须与前 17 位相符");
        RuleFor(f => f.Address).MaximumLength(200).WithMessage("通信地址不能超过 200 个字");
        RuleFor(f => f.ContactName).NotEmpty().WithMessage("请填写联系人姓名").MaximumLength(50).WithMessage("联系人姓名不能超过 50 个字");
        RuleFor(f => f.ContactPhone).NotEmpty().WithMessage("请填写联系电话")
            .Matches(PhonePattern).When(f => !string.IsNullOrWhiteSpace(f.ContactPhone))
            .WithMessage("请填写正确的手机号或固定电话（如 13800000000 或 0771-2630981）");
        RuleFor(f => f.ContactEmail).NotEmpty().WithMessage("请填写联系人邮箱").EmailAddress().WithMessage("邮箱格式不正确").MaximumLength(256).WithMessage("邮箱过长");

        When(_ => http.HttpContext?.User.Identity?.IsAuthenticated != true, () =>
        {
            RuleFor(f => f.DisplayName).NotEmpty().WithMessage("请填写您的姓名").MaximumLength(50).WithMessage("姓名不能超过 50 个字");
            RuleFor(f => f.Email).NotEmpty().WithMessage("请填写登录邮箱").EmailAddress().WithMessage("邮箱格式不正确").MaximumLength(256).WithMessage("邮箱过长");
            RuleFor(f => f.Password).NotEmpty().WithMessage("请设置密码").MinimumLength(12).WithMessage("密码至少需要 12 个字符").MaximumLength(200).WithMessage("密码不能超过 200 个字符");
            RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage("两次输入的密码不一致");
        });
    }
}
