using System.Globalization;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Web.Areas.Staff.Forms;

/// <summary>The field editor's inputs: one field of a form, new (<see cref="OriginalKey"/> empty) or changed.</summary>
public sealed class FieldForm
{
    public int Revision { get; set; }
    /// <summary>The key the field had when the editor opened; empty for a new field.</summary>
    public string? OriginalKey { get; set; }
    /// <summary>The section a new field goes to.</summary>
    public string? Section { get; set; }
    public string? Key { get; set; }
    public string Label { get; set; } = "";
    public FieldType Type { get; set; } = FieldType.ShortText;
    public bool Required { get; set; }
    public int? MaxLength { get; set; }
    public string? Help { get; set; }
    /// <summary>One option a line: "value|label" or just the label.</summary>
    public string? Options { get; set; }
    public bool SelectsCategory { get; set; }
    public string? Fact { get; set; }
    public string? Prefill { get; set; }
    public List<ColumnRow> Columns { get; set; } = [];
    public int? MinRows { get; set; }
    public int? MaxRows { get; set; }
    /// <summary>Allowed extensions, separated by spaces or commas: ".pdf .docx".</summary>
    public string? Accept { get; set; }
    public int? MaxSizeMb { get; set; }
    public string? ShowWhenField { get; set; }
    public string? ShowWhenValue { get; set; }
    /// <summary>A preset button: adds that table's columns and shows the editor again, nothing saved.</summary>
    public string? Preset { get; set; }

    public bool IsNew => string.IsNullOrEmpty(OriginalKey);

    public static bool IsChoice(FieldType type) => type is FieldType.SingleChoice or FieldType.MultipleChoice;

    public IEnumerable<ColumnRow> KeptColumns => Columns.Where(c => !c.Remove && !c.IsBlank);

    public static FieldForm From(FormField field, int revision, string? section)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new()
        {
            Revision = revision,
            OriginalKey = field.Key,
            Section = section,
            Key = field.Key,
            Label = field.Label,
            Type = field.Type,
            Required = field.Required,
            MaxLength = field.MaxLength,
            Help = field.Help,
            Options = string.Join("\n", field.Options.Select(o => o.Value == o.Label ? o.Label : $"{o.Value}|{o.Label}")),
            SelectsCategory = field.SelectsCategory,
            Fact = field.Fact,
            Prefill = field.Prefill,
            Columns = [.. field.Columns.Select(ColumnRow.From)],
            MinRows = field.MinRows,
            MaxRows = field.MaxRows,
            Accept = string.Join(" ", field.Accept),
            MaxSizeMb = field.MaxSizeMb,
            ShowWhenField = field.ShowWhen?.Field,
            ShowWhenValue = field.ShowWhen?.EqualsValue,
        };
    }

    public static IReadOnlyList<ChoiceOption> ParseOptions(string? text) =>
        [.. (text ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).Select(line =>
        {
            var bar = line.IndexOf('|', StringComparison.Ordinal);
            return bar < 0 ? new ChoiceOption(line, line) : new ChoiceOption(line[..bar].Trim(), line[(bar + 1)..].Trim());
        })];

    public static IReadOnlyList<string> ParseAccept(string? text) =>
        [.. (text ?? "").Split([' ', ',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries)
            .Select(e => (e.StartsWith('.') ? e : "." + e).ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    /// <summary>The field these inputs describe; <paramref name="key"/> is the key to use, <paramref name="childOptions"/> the node's children.</summary>
    public FormField ToField(string key, IReadOnlyList<ChoiceOption> childOptions)
    {
        ArgumentNullException.ThrowIfNull(childOptions);
        var columns = KeptColumns.Select((c, i) => new TableColumn
        {
            Key = string.IsNullOrWhiteSpace(c.Key) ? "c" + (i + 1).ToString(CultureInfo.InvariantCulture) : c.Key.Trim(),
            Label = (c.Label ?? "").Trim(),
            Type = c.Type,
            Required = c.Required,
            Total = c.Total && c.Type is FieldType.Money or FieldType.Number,
            MaxLength = c.MaxLength,
        }).ToList();
        var choice = IsChoice(Type);
        var selectsCategory = choice && SelectsCategory;
        return new FormField
        {
            Key = key,
            Label = Label.Trim(),
            Type = Type,
            Required = Required,
            MaxLength = Type is FieldType.ShortText or FieldType.LongText ? MaxLength : null,
            Help = string.IsNullOrWhiteSpace(Help) ? null : Help.Trim(),
            Options = !choice ? [] : selectsCategory ? childOptions : ParseOptions(Options),
            SelectsCategory = selectsCategory,
            Fact = Type == FieldType.YesNo && !string.IsNullOrWhiteSpace(Fact) ? Fact.Trim() : null,
            Prefill = string.IsNullOrWhiteSpace(Prefill) ? null : Prefill.Trim(),
            Columns = Type == FieldType.Table ? columns : [],
            MinRows = Type == FieldType.Table ? MinRows : null,
            MaxRows = Type == FieldType.Table ? MaxRows : null,
            Accept = Type == FieldType.File ? ParseAccept(Accept) : [],
            MaxSizeMb = Type == FieldType.File ? MaxSizeMb : null,
            ShowWhen = string.IsNullOrWhiteSpace(ShowWhenField) ? null : new ShowWhen(ShowWhenField, (ShowWhenValue ?? "").Trim()),
        };
    }
}
