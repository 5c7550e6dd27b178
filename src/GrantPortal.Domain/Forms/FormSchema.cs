namespace GrantPortal.Domain.Forms;

/// <summary>申报表的结构: sections and fields of a category's form, as its notice's attachment lays it out.</summary>
public sealed record FormSchema
{
    public string Title { get; init; } = "";
    /// <summary>The notice's attachment it follows (附表3).</summary>
    public string? Attachment { get; init; }
    public IReadOnlyList<FormSection> Sections { get; init; } = [];
    public IReadOnlyList<SignOffBlock> SignOffBlocks { get; init; } = [];

    public IEnumerable<FormField> AllFields() => Sections.SelectMany(s => s.Fields);

    /// <summary>Problems with the form's structure, in Chinese, given the codes of the node's children.</summary>
    public IEnumerable<string> Problems(IReadOnlyCollection<string> childCodes, IReadOnlyCollection<string> amountFacts)
    {
        ArgumentNullException.ThrowIfNull(childCodes);
        ArgumentNullException.ThrowIfNull(amountFacts);
        if (string.IsNullOrWhiteSpace(Title)) { yield return "表单缺少标题"; }
        var fields = AllFields().ToList();
        foreach (var duplicate in fields.GroupBy(f => f.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"字段键“{duplicate.Key}”重复";
        }
        var keys = fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var name = $"字段“{field.Label}”";
            if (string.IsNullOrWhiteSpace(field.Key) || string.IsNullOrWhiteSpace(field.Label)) { yield return $"{name}缺少键或标签"; }
            if (field.MaxLength is <= 0) { yield return $"{name}的字数上限必须大于零"; }
            if (field.Type is FieldType.SingleChoice or FieldType.MultipleChoice && field.Options.Count == 0) { yield return $"{name}没有选项"; }
            if (field.Type == FieldType.Table && field.Columns.Count == 0) { yield return $"{name}（表格）没有列"; }
            if (field.Type == FieldType.File && field.MaxSizeMb is not > 0) { yield return $"{name}（附件）必须设定大小上限"; }
            if (field.ShowWhen is { } when && (!keys.Contains(when.Field) || when.Field == field.Key)) { yield return $"{name}的显示条件引用了不存在的字段“{when.Field}”"; }
            if (field.Fact is not null && field.Type != FieldType.YesNo) { yield return $"{name}声明事项，必须是“是/否”字段"; }
            if (field.SelectsCategory)
            {
                foreach (var option in field.Options.Where(o => !childCodes.Contains(o.Value)))
                {
                    yield return $"{name}的选项“{option.Value}”不是本类别的下级类别";
                }
            }
        }
        var facts = fields.Where(f => f.Fact is not null).Select(f => f.Fact!).ToHashSet(StringComparer.Ordinal);
        foreach (var fact in amountFacts.Where(f => !facts.Contains(f)))
        {
            yield return $"额度条件“{fact}”在表单中没有对应的“是/否”字段";
        }
    }
}
