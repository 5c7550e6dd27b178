using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GrantPortal.IntegrationTests.Localization;

/// <summary>
/// Every text the Web project shows through its localizer, read from the sources: the Chinese text is the key, so the
/// keys are the string literals at the places that reach <c>IStringLocalizer</c>. Same rules as the script that
/// generated Localization/en.json:
/// <list type="bullet">
/// <item><c>L["…"]</c>, <c>l["…"]</c>, <c>L[@"…"]</c> (first argument) in *.cs and *.cshtml;</item>
/// <item><c>.WithMessage("…")</c> in the validators (ValidationFilter passes them through the localizer);</item>
/// <item>the label and <c>Hint:</c> of <c>new InputModel(…)</c> (Views/Shared/_Input passes them through L);</item>
/// <item>every Chinese string a switch arm returns in Display/Labels.cs, Display/FieldLabels.cs and the domain's Eligibility/ChineseNames.cs (call sites use L[Labels.Of(…)]);</item>
/// <item>from the seeded calls (Infrastructure/Seeding/Data/calls/*.json), the texts views pass through L: eligibility
/// condition labels (anyOf[].label), contact roles, conditional amount option labels and deadline rule labels
/// (completionDeadline, acceptanceDeadline, acceptance material due).</item>
/// </list>
/// </summary>
internal static partial class LocalizerKeys
{
    private const string Literal = @"(@""(?:[^""]|"""")*""|""(?:[^""\\]|\\.)*"")";

    [GeneratedRegex(@"\b[Ll]\[\s*" + Literal)]
    private static partial Regex IndexerCall();

    [GeneratedRegex(@"\.WithMessage\(\s*" + Literal)]
    private static partial Regex WithMessage();

    [GeneratedRegex(@"new InputModel\(\s*" + Literal + @"\s*,\s*" + Literal)]
    private static partial Regex InputModelLabel();

    [GeneratedRegex(@"\bHint:\s*" + Literal)]
    private static partial Regex InputModelHint();

    [GeneratedRegex(@"=>\s*" + Literal)]
    private static partial Regex SwitchArm();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    public static partial Regex Chinese();

    [GeneratedRegex(@"\{\d+\}")]
    public static partial Regex Placeholder();

    private static readonly string[] DeadlineProperties = ["completionDeadline", "acceptanceDeadline", "due"];

    public static string RepositoryRoot { get; } = FindRoot();

    public static string WebProject => Path.Combine(RepositoryRoot, "src", "GrantPortal.Web");

    public static string EnglishFile => Path.Combine(WebProject, "Localization", "en.json");

    /// <summary>Each key with the files it occurs in (paths relative to the Web project, seed files as "seed:name.json").</summary>
    public static IReadOnlyDictionary<string, SortedSet<string>> Extract()
    {
        var keys = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        void Add(string key, string source)
        {
            if (!keys.TryGetValue(key, out var sources))
            {
                keys[key] = sources = new SortedSet<string>(StringComparer.Ordinal);
            }
            sources.Add(source);
        }

        var files = Directory.EnumerateFiles(WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => (Full: f, Relative: Path.GetRelativePath(WebProject, f).Replace('\\', '/')))
            .Where(f => !f.Relative.StartsWith("bin/", StringComparison.Ordinal) && !f.Relative.StartsWith("obj/", StringComparison.Ordinal));
        foreach (var (full, relative) in files)
        {
            var text = File.ReadAllText(full);
            foreach (Match m in IndexerCall().Matches(text)) { Add(Unquote(m.Groups[1].Value), relative); }
            foreach (Match m in WithMessage().Matches(text)) { Add(Unquote(m.Groups[1].Value), relative); }
            foreach (Match m in InputModelLabel().Matches(text)) { Add(Unquote(m.Groups[2].Value), relative); }
            foreach (Match m in InputModelHint().Matches(text)) { Add(Unquote(m.Groups[1].Value), relative); }
            if (relative is "Display/Labels.cs" or "Display/FieldLabels.cs")
            {
                foreach (Match m in SwitchArm().Matches(text))
                {
                    var value = Unquote(m.Groups[1].Value);
                    if (Chinese().IsMatch(value)) { Add(value, relative); }
                }
            }
        }

        // Labels.Of(ApplicantType / DebarmentReason) hands out the domain's names.
        var domainNames = Path.Combine(RepositoryRoot, "src", "GrantPortal.Domain", "Eligibility", "ChineseNames.cs");
        foreach (Match m in SwitchArm().Matches(File.ReadAllText(domainNames)))
        {
            var value = Unquote(m.Groups[1].Value);
            if (Chinese().IsMatch(value)) { Add(value, "Domain/Eligibility/ChineseNames.cs"); }
        }

        var seeds = Path.Combine(RepositoryRoot, "src", "GrantPortal.Infrastructure", "Seeding", "Data", "calls");
        foreach (var file in Directory.EnumerateFiles(seeds, "*.json").Order(StringComparer.Ordinal))
        {
            var source = "seed:" + Path.GetFileName(file);
            Walk(JsonNode.Parse(File.ReadAllText(file)), key => Add(key, source));
        }
        return keys;
    }

    /// <summary>The English texts of every Localization/en*.json file (en.json, en.staff.json …), merged.</summary>
    public static Dictionary<string, string> English()
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(EnglishFile)!, "en*.json"))
        {
            var table = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))
                ?? throw new InvalidOperationException($"{file} is empty");
            foreach (var (key, value) in table)
            {
                merged[key] = value;
            }
        }
        return merged;
    }

    private static void Walk(JsonNode? node, Action<string> add)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name == "anyOf" && value is JsonArray conditions)
                    {
                        foreach (var condition in conditions) { AddText(condition?["label"], add); }
                    }
                    if (name == "contacts" && value is JsonArray contacts)
                    {
                        foreach (var contact in contacts) { AddText(contact?["role"], add); }
                    }
                    if (name == "contact" && value is JsonObject single)
                    {
                        AddText(single["role"], add);
                    }
                    if (name == "amount" && value is JsonObject amount && amount["options"] is JsonArray options)
                    {
                        foreach (var option in options) { AddText(option?["label"], add); }
                    }
                    if (DeadlineProperties.Contains(name) && value is JsonObject deadline)
                    {
                        AddText(deadline["label"], add);
                    }
                    Walk(value, add);
                }
                break;
            case JsonArray array:
                foreach (var item in array) { Walk(item, add); }
                break;
            default:
                break;
        }
    }

    private static void AddText(JsonNode? node, Action<string> add)
    {
        if (node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0)
        {
            add(text);
        }
    }

    private static string Unquote(string literal) =>
        literal.StartsWith('@')
            ? literal[2..^1].Replace("\"\"", "\"", StringComparison.Ordinal)
            : Regex.Unescape(literal[1..^1]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GrantPortal.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"GrantPortal.sln not found above {AppContext.BaseDirectory}");
    }
}
