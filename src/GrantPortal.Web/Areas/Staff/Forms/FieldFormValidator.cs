using FluentValidation;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Web.Areas.Staff.Forms;

public sealed class FieldFormValidator : AbstractValidator<FieldForm>
{
    public FieldFormValidator()
    {
        RuleFor(f => f.Label).NotEmpty().WithMessage("请填写字段名称").MaximumLength(200).WithMessage("字段名称不能超过 200 个字");
        RuleFor(f => f.Key).Must(FormSchemaEditing.IsValidKey).WithMessage("字段键须以英文字母开头，只含英文字母、数字和下划线")
            .MaximumLength(50).WithMessage("字段键不能超过 50 个字符")
            .When(f => !string.IsNullOrWhiteSpace(f.Key));
        RuleFor(f => f.Type).IsInEnum().WithMessage("请选择字段类型");
        RuleFor(f => f.MaxLength).GreaterThan(0).WithMessage("字数上限必须大于零").When(f => f.MaxLength is not null);
        RuleFor(f => f.Options).Must(o => FieldForm.ParseOptions(o).Count > 0).WithMessage("请填写选项，每行一个")
            .When(f => FieldForm.IsChoice(f.Type) && !f.SelectsCategory && f.Preset is null);
        RuleFor(f => f.Options).Must(o => FieldForm.ParseOptions(o).GroupBy(c => c.Value, StringComparer.Ordinal).All(g => g.Count() == 1))
            .WithMessage("选项的值不能重复").When(f => FieldForm.IsChoice(f.Type) && !f.SelectsCategory);
        RuleFor(f => f.Columns).Must(c => c.Any(r => !r.Remove && !r.IsBlank)).WithMessage("表格至少需要一列")
            .When(f => f.Type == FieldType.Table && f.Preset is null);
        // Blank rows (for adding columns) and rows marked for removal are not checked.
        RuleForEach(f => f.Columns).Where(c => !c.Remove && !c.IsBlank).ChildRules(column =>
        {
            column.RuleFor(c => c.Label).NotEmpty().WithMessage("请填写列名");
            column.RuleFor(c => c.Key).Must(FormSchemaEditing.IsValidKey).WithMessage("列键须以英文字母开头，只含英文字母、数字和下划线")
                .When(c => !string.IsNullOrWhiteSpace(c.Key));
            column.RuleFor(c => c.MaxLength).GreaterThan(0).WithMessage("字数上限必须大于零").When(c => c.MaxLength is not null);
        }).When(f => f.Type == FieldType.Table);
        RuleFor(f => f.Columns).Must(c => c.Where(r => !r.Remove && !string.IsNullOrWhiteSpace(r.Key)).GroupBy(r => r.Key!.Trim(), StringComparer.Ordinal).All(g => g.Count() == 1))
            .WithMessage("列键不能重复").When(f => f.Type == FieldType.Table);
        RuleFor(f => f.MinRows).GreaterThanOrEqualTo(0).WithMessage("最少行数不能为负").When(f => f.MinRows is not null);
        RuleFor(f => f.MaxRows).GreaterThan(0).WithMessage("最多行数必须大于零")
            .GreaterThanOrEqualTo(f => f.MinRows ?? 0).WithMessage("最多行数不能少于最少行数").When(f => f.MaxRows is not null);
        RuleFor(f => f.MaxSizeMb).NotNull().WithMessage("请填写附件大小上限（MB）").GreaterThan(0).WithMessage("附件大小上限必须大于零")
            .LessThanOrEqualTo(500).WithMessage("附件大小上限不能超过 500 MB").When(f => f.Type == FieldType.File);
        RuleFor(f => f.ShowWhenValue).NotEmpty().WithMessage("请填写使本字段显示的取值").When(f => !string.IsNullOrWhiteSpace(f.ShowWhenField));
        RuleFor(f => f.ShowWhenField).Must((f, w) => w != f.OriginalKey && w != f.Key).WithMessage("显示条件不能引用本字段")
            .When(f => !string.IsNullOrWhiteSpace(f.ShowWhenField));
    }
}
