using System.Globalization;
using System.Text.RegularExpressions;

namespace GrantPortal.Domain.Forms;

/// <summary>
/// Pure edits of an immutable <see cref="FormSchema"/>: each returns a new schema and leaves the original as it was.
/// Unknown section or field keys throw <see cref="ArgumentException"/>; the form builder checks them first.
/// </summary>
public static partial class FormSchemaEditing
{
    /// <summary>Field, section and column keys: a letter, then letters, digits or underscores.</summary>
    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9_]*$")]
    public static partial Regex KeyPattern();

    public static bool IsValidKey(string? key) => key is not null && KeyPattern().IsMatch(key);

    public static FormSchema WithHeader(this FormSchema schema, string title, string? attachment)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema with { Title = title.Trim(), Attachment = string.IsNullOrWhiteSpace(attachment) ? null : attachment.Trim() };
    }

    public static FormSchema AddSection(this FormSchema schema, string title)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var keys = schema.Sections.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var key = Enumerable.Range(1, int.MaxValue).Select(n => "s" + n.ToString(CultureInfo.InvariantCulture)).First(k => !keys.Contains(k));
        return schema with { Sections = [.. schema.Sections, new FormSection { Key = key, Title = title.Trim() }] };
    }

    public static FormSchema RenameSection(this FormSchema schema, string sectionKey, string title) =>
        schema.MapSection(sectionKey, s => s with { Title = title.Trim() });

    /// <summary>Moves a section up (negative <paramref name="offset"/>) or down; clamped at the ends.</summary>
    public static FormSchema MoveSection(this FormSchema schema, string sectionKey, int offset)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var index = SectionIndex(schema, sectionKey);
        return schema with { Sections = Move(schema.Sections, index, offset) };
    }

    /// <summary>Removes a section with its fields; conditions that referred to its fields are dropped.</summary>
    public static FormSchema RemoveSection(this FormSchema schema, string sectionKey)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var index = SectionIndex(schema, sectionKey);
        var removed = schema.Sections[index].Fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var sections = schema.Sections.Where((_, i) => i != index).ToList();
        return DropConditionsOn(schema with { Sections = sections }, removed);
    }

    public static FormSection? FindSection(this FormSchema schema, string? sectionKey)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.Sections.FirstOrDefault(s => s.Key == sectionKey);
    }

    public static FormField? FindField(this FormSchema schema, string? key)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.AllFields().FirstOrDefault(f => f.Key == key);
    }

    /// <summary>The section holding the field, or null.</summary>
    public static FormSection? SectionOf(this FormSchema schema, string? fieldKey)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.Sections.FirstOrDefault(s => s.Fields.Any(f => f.Key == fieldKey));
    }

    public static FormSchema AddField(this FormSchema schema, string sectionKey, FormField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return schema.MapSection(sectionKey, s => s with { Fields = [.. s.Fields, field] });
    }

    /// <summary>Replaces a field in place; when its key changes, the conditions of other fields follow it.</summary>
    public static FormSchema ReplaceField(this FormSchema schema, string key, FormField field)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(field);
        var section = schema.SectionOf(key) ?? throw new ArgumentException($"No field {key}.", nameof(key));
        var replaced = schema.MapSection(section.Key, s => s with { Fields = [.. s.Fields.Select(f => f.Key == key ? field : f)] });
        if (field.Key == key)
        {
            return replaced;
        }
        return replaced.MapFields(f => f.ShowWhen is { } when && when.Field == key ? f with { ShowWhen = when with { Field = field.Key } } : f);
    }

    /// <summary>Moves a field up or down within its section; clamped at the ends.</summary>
    public static FormSchema MoveField(this FormSchema schema, string key, int offset)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var section = schema.SectionOf(key) ?? throw new ArgumentException($"No field {key}.", nameof(key));
        var index = section.Fields.ToList().FindIndex(f => f.Key == key);
        return schema.MapSection(section.Key, s => s with { Fields = Move(s.Fields, index, offset) });
    }

    /// <summary>Moves a field to the end of another section.</summary>
    public static FormSchema MoveFieldToSection(this FormSchema schema, string key, string sectionKey)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var from = schema.SectionOf(key) ?? throw new ArgumentException($"No field {key}.", nameof(key));
        SectionIndex(schema, sectionKey);
        if (from.Key == sectionKey)
        {
            return schema;
        }
        var field = from.Fields.Single(f => f.Key == key);
        return schema
            .MapSection(from.Key, s => s with { Fields = [.. s.Fields.Where(f => f.Key != key)] })
            .MapSection(sectionKey, s => s with { Fields = [.. s.Fields, field] });
    }

    /// <summary>Removes a field; conditions of other fields that referred to it are dropped.</summary>
    public static FormSchema RemoveField(this FormSchema schema, string key)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var section = schema.SectionOf(key) ?? throw new ArgumentException($"No field {key}.", nameof(key));
        var removed = schema.MapSection(section.Key, s => s with { Fields = [.. s.Fields.Where(f => f.Key != key)] });
        return DropConditionsOn(removed, new HashSet<string>(StringComparer.Ordinal) { key });
    }

    public static FormSchema WithSignOffBlocks(this FormSchema schema, IReadOnlyList<SignOffBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema with { SignOffBlocks = blocks };
    }

    /// <summary>A key for a new field of <paramref name="type"/> not used in the form: "table1", "text2" ….</summary>
    public static string UniqueFieldKey(this FormSchema schema, FieldType type)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var keys = schema.AllFields().Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var stem = KeyStem(type);
        return Enumerable.Range(1, int.MaxValue).Select(n => stem + n.ToString(CultureInfo.InvariantCulture)).First(k => !keys.Contains(k));
    }

    public static string KeyStem(FieldType type) => type switch
    {
        FieldType.ShortText => "text",
        FieldType.LongText => "longText",
        FieldType.Number => "number",
        FieldType.Money => "amount",
        FieldType.Date => "date",
        FieldType.SingleChoice => "choice",
        FieldType.MultipleChoice => "choices",
        FieldType.YesNo => "yesNo",
        FieldType.Person => "person",
        FieldType.Table => "table",
        FieldType.File => "file",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static FormSchema MapSection(this FormSchema schema, string sectionKey, Func<FormSection, FormSection> map)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var index = SectionIndex(schema, sectionKey);
        return schema with { Sections = [.. schema.Sections.Select((s, i) => i == index ? map(s) : s)] };
    }

    private static FormSchema MapFields(this FormSchema schema, Func<FormField, FormField> map) =>
        schema with { Sections = [.. schema.Sections.Select(s => s with { Fields = [.. s.Fields.Select(map)] })] };

    private static FormSchema DropConditionsOn(FormSchema schema, HashSet<string> keys) =>
        schema.MapFields(f => f.ShowWhen is { } when && keys.Contains(when.Field) ? f with { ShowWhen = null } : f);

    private static int SectionIndex(FormSchema schema, string sectionKey)
    {
        var index = schema.Sections.ToList().FindIndex(s => s.Key == sectionKey);
        return index >= 0 ? index : throw new ArgumentException($"No section {sectionKey}.", nameof(sectionKey));
    }

    private static List<T> Move<T>(IReadOnlyList<T> items, int index, int offset)
    {
        var list = items.ToList();
        var target = Math.Clamp(index + offset, 0, list.Count - 1);
        var item = list[index];
        list.RemoveAt(index);
        list.Insert(target, item);
        return list;
    }
}
