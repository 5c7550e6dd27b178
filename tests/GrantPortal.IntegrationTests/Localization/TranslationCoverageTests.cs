using GrantPortal.Web.Localization;

namespace GrantPortal.IntegrationTests.Localization;

/// <summary>
/// Localization/en.json against the sources: every localizer key has an English text, and every English text has a key
/// that something uses (the seeded calls' labels count as used: LocalizerKeys reads them from the seed files).
/// </summary>
public sealed class TranslationCoverageTests
{
    private static readonly IReadOnlyDictionary<string, SortedSet<string>> Keys = LocalizerKeys.Extract();
    private static readonly Dictionary<string, string> English = LocalizerKeys.English();

    [Fact]
    public void Sources_HaveKeys()
    {
        // Guards the extraction itself: a regex that stopped matching would make the other tests pass vacuously.
        Assert.True(Keys.Count > 200, $"only {Keys.Count} keys extracted");
        Assert.Contains("申报截止时间", Keys.Keys); // a view
        Assert.Contains("两次输入的密码不一致", Keys.Keys); // a validator
        Assert.Contains("形式审查", Keys.Keys); // Display/Labels.cs
        Assert.Contains("金额（元）", Keys.Keys); // Display/FieldLabels.cs
        Assert.Contains("“{0}”不是有效的值", Keys.Keys); // Program.cs, model binding
        Assert.Contains("与登记证书上的名称一致", Keys.Keys); // an InputModel hint
        Assert.Contains("系统技术联系人", Keys.Keys); // a seeded contact role
    }

    [Fact]
    public void EveryKey_HasAnEnglishText()
    {
        var missing = Keys.Where(k => !English.ContainsKey(k.Key)).Select(k => $"  {k.Key}  ({string.Join(", ", k.Value)})").ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} key(s) without an English text in {LocalizerKeys.EnglishFile}:\n{string.Join("\n", missing)}");
    }

    [Fact]
    public void EveryEnglishText_HasAKeyThatIsUsed()
    {
        var unused = English.Keys.Where(k => !Keys.ContainsKey(k)).ToList();
        Assert.True(unused.Count == 0, $"{unused.Count} entr(y/ies) in en.json that nothing uses:\n  {string.Join("\n  ", unused)}");
    }

    [Fact]
    public void EnglishTexts_AreEnglish_AndKeepThePlaceholders()
    {
        var problems = new List<string>();
        foreach (var (key, text) in English)
        {
            if (string.IsNullOrWhiteSpace(text) || LocalizerKeys.Chinese().IsMatch(text))
            {
                problems.Add($"  not translated: {key} → \"{text}\"");
            }
            var expected = LocalizerKeys.Placeholder().Matches(key).Select(m => m.Value).Order(StringComparer.Ordinal);
            var actual = LocalizerKeys.Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);
            if (!expected.SequenceEqual(actual))
            {
                problems.Add($"  placeholders differ: {key} → {text}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EnglishFile_IsEmbeddedInTheWebAssembly()
    {
        Assert.Equal(English.Keys.Order(StringComparer.Ordinal), JsonStringLocalizer.KeysOf("en").Order(StringComparer.Ordinal));
    }
}
