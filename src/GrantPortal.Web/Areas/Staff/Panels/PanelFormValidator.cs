using System.Globalization;
using FluentValidation;

namespace GrantPortal.Web.Areas.Staff.Panels;

public sealed class PanelFormValidator : AbstractValidator<PanelForm>
{
    public PanelFormValidator()
    {
        RuleFor(f => f.Technical).NotNull().WithMessage("请填写人数").InclusiveBetween(0, 9).WithMessage("每类专家人数应为 0–9");
        RuleFor(f => f.Financial).NotNull().WithMessage("请填写人数").InclusiveBetween(0, 9).WithMessage("每类专家人数应为 0–9");
        RuleFor(f => f.Management).NotNull().WithMessage("请填写人数").InclusiveBetween(0, 9).WithMessage("每类专家人数应为 0–9");
        RuleFor(f => f).Must(f => (f.Technical ?? 0) + (f.Financial ?? 0) + (f.Management ?? 0) > 0).WithMessage("评审组至少需要一位专家").WithName("Technical")
            .OverridePropertyName("Technical");
        RuleFor(f => f.DueAt).Must(v => ParseDue(v, out _)).WithMessage("请填写有效的评审截止时间").When(f => !string.IsNullOrWhiteSpace(f.DueAt));
    }

    /// <summary>The Beijing wall-clock value of a datetime-local input as an instant.</summary>
    public static bool ParseDue(string? value, out DateTimeOffset? due)
    {
        due = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        if (!DateTime.TryParseExact(value.Trim(), ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }
        due = GrantPortal.Domain.Common.BeijingTime.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        return true;
    }
}
