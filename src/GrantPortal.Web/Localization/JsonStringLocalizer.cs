using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Localization;

/// <summary>
/// The UI is written in Simplified Chinese; the Chinese text is the key. Other languages are JSON files of
/// translations (Localization/en.json); a text without a translation shows in Chinese.
/// </summary>
public sealed class JsonStringLocalizer : IStringLocalizer
{
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Translations = Load();

    public LocalizedString this[string name]
    {
        get
        {
            var value = Translate(name, out var found);
            return new LocalizedString(name, value, resourceNotFound: !found);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = Translate(name, out var found);
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format, arguments), resourceNotFound: !found);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        Translations.TryGetValue(Language(), out var table)
            ? table.Select(p => new LocalizedString(p.Key, p.Value))
            : [];

    public static IReadOnlyCollection<string> KeysOf(string language) =>
        Translations.TryGetValue(language, out var table) ? table.Keys : [];

    private static string Translate(string name, out bool found)
    {
        var language = Language();
        if (language == "zh")
        {
            found = true;
            return name;
        }
        found = Translations.TryGetValue(language, out var table) && table.ContainsKey(name);
        return found ? table![name] : name;
    }

    private static string Language() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        var assembly = typeof(JsonStringLocalizer).Assembly;
        var tables = new Dictionary<string, Dictionary<string, string>>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("GrantPortal.Web.Localization.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            // en.json, en.staff.json …: one language per prefix, split by area so that each file stays readable.
            var language = resource["GrantPortal.Web.Localization.".Length..^".json".Length].Split('.')[0];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var table = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
            var merged = tables.TryGetValue(language, out var existing) ? existing : tables[language] = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in table)
            {
                if (!merged.TryAdd(key, value) && merged[key] != value)
                {
                    throw new InvalidOperationException($"Localization key \"{key}\" has two different translations ({resource}).");
                }
            }
        }
        return tables.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
