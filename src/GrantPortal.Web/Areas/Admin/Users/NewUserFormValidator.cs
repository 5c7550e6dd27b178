using FluentValidation;
using GrantPortal.Domain.Tenancy;

namespace GrantPortal.Web.Areas.Admin.Users;

public sealed class NewUserFormValidator : AbstractValidator<NewUserForm>
{
    public NewUserFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("请填写邮箱").EmailAddress().WithMessage("邮箱格式不正确").MaximumLength(256).WithMessage("邮箱过长");
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("请填写姓名").MaximumLength(50).WithMessage("姓名不能超过 50 个字");
        RuleFor(f => f.Role).NotNull().WithMessage("请选择角色")
            .Must(r => r is PortalRole.Staff or PortalRole.Reviewer or PortalRole.Admin).WithMessage("管理员只能授予工作人员、评审专家或管理员角色；申报单位用户请自行注册");
        RuleFor(f => f.InitialPassword).MinimumLength(12).WithMessage("初始密码至少需要 12 个字符").MaximumLength(200).WithMessage("密码不能超过 200 个字符")
            .When(f => !string.IsNullOrEmpty(f.InitialPassword));
    }
}
