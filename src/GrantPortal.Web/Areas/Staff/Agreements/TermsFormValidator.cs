using System.Globalization;
using FluentValidation;
using GrantPortal.Domain.Agreements;

namespace GrantPortal.Web.Areas.Staff.Agreements;

public sealed class TermsFormValidator : AbstractValidator<TermsForm>
{
    public const int MaxLines = 60;

    public TermsFormValidator()
    {
        RuleFor(f => f.SpecialTerms).MaximumLength(TaskAgreement.MaxSpecialTerms).WithMessage("特别约定不能超过 4000 字");
        RuleFor(f => f.PeriodStart).Must(BeDate).WithMessage("请填写有效日期（如 2025-07-01）");
        RuleFor(f => f.PeriodEnd).Must(BeDate).WithMessage("请填写有效日期（如 2025-07-01）");
        RuleFor(f => f.PeriodEnd)
            .Must((form, end) => ParseDate(end) is not { } e || ParseDate(form.PeriodStart) is not { } s || e >= s)
            .WithMessage("完成日期不能早于开始日期");
        RuleFor(f => f.Indicators).Must(FewLines).WithMessage("考核指标最多 60 行");
        RuleFor(f => f.Schedule).Must(FewLines).WithMessage("进度安排最多 60 行");
    }

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static bool BeDate(string? value) => string.IsNullOrWhiteSpace(value) || ParseDate(value) is not null;

    private static bool FewLines(string? value) => (value ?? "").Split('\n').Count(l => l.Trim().Length > 0) <= MaxLines;
}
