using GrantPortal.Domain.Forms;

namespace GrantPortal.Web.Views.Shared.Forms;

/// <summary>
/// What <c>_ApplicationForm</c> renders: the form's schema, the values entered so far (keys "key" for simple fields,
/// "key.{row}.{column}" for table cells, "key.name" / "key.title" / "key.mobile" / "key.email" for person blocks; the
/// values of a multiple choice joined by newlines), whether it is a read-only preview, and the prefix of every input name.
/// </summary>
public sealed record ApplicationFormModel(FormSchema Schema, IReadOnlyDictionary<string, string> Values, bool Preview, string Prefix)
{
    /// <summary>Uploaded files shown beside file fields, by field key (the form page; none in a preview).</summary>
    public IReadOnlyDictionary<string, UploadedFileLink> Files { get; init; } = new Dictionary<string, UploadedFileLink>();

    /// <summary>When set, each file input belongs to the form with id this prefix + the field key, which uploads it.</summary>
    public string? UploadFormPrefix { get; init; }

    public string? Value(string key) => Values.TryGetValue(key, out var value) ? value : null;

    public string Name(string key) => Prefix + key;

    /// <summary>An element id for an input name: "f-" and the name with dots as dashes.</summary>
    public string Id(string key) => "f-" + (Prefix + key).Replace('.', '-');

    /// <summary>The rows a table shows: as many as have values, at least its minimum and at least one.</summary>
    public int RowsOf(FormField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var prefix = field.Key + ".";
        var rows = Values.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => k[prefix.Length..].Split('.')[0])
            .Select(r => int.TryParse(r, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n + 1 : 0)
            .DefaultIfEmpty(0).Max();
        return Math.Max(Math.Max(rows, field.MinRows ?? 0), 1);
    }
}
