using GrantPortal.Domain.Applications;

namespace GrantPortal.Domain.Tests.Applications;

public class ProjectSimilarityTests
{
    private const string Forum = "2027年丝绸之路经济带青年科技工作者学术论坛，围绕新材料与能源开展学术交流";

    [Fact]
    public void SameText_IsOne()
    {
        Assert.Equal(1m, ProjectSimilarity.Of(Forum, Forum));
    }

    [Fact]
    public void SameProjectUnderAnotherNameWithPunctuationChanged_IsAboveTheThreshold()
    {
        var renamed = "2027年 丝绸之路经济带 青年科技工作者学术研讨会：围绕新材料与能源开展学术交流。";

        Assert.True(ProjectSimilarity.Of(Forum, renamed) >= ProjectSimilarity.Threshold);
    }

    [Fact]
    public void DifferentProjects_AreBelowTheThreshold()
    {
        var other = "天山南北青少年科普进校园系列活动，组织院士专家走进中小学开展科普讲座";

        Assert.True(ProjectSimilarity.Of(Forum, other) < 0.3m);
    }

    [Fact]
    public void ShortOrEmptyTexts_AreNotCompared()
    {
        Assert.Equal(0m, ProjectSimilarity.Of("论坛", "论坛"));
        Assert.Equal(0m, ProjectSimilarity.Of("", Forum));
    }

    [Fact]
    public void ContentOf_TitleThenLongAnswersInKeyOrder()
    {
        var values = new Dictionary<string, string> { ["b"] = "乙", ["a"] = "甲", ["x"] = "不计" };

        Assert.Equal("题\n甲\n乙", ProjectSimilarity.ContentOf("题", values, ["b", "a"]));
    }

    /// <summary>The packed, sorted fingerprints give exactly the Dice coefficient of the bigram sets, as the string version did.</summary>
    [Fact]
    public void Fingerprints_GiveTheSameMeasureAsSetsOfBigrams()
    {
        var random = new Random(20261122);
        const string alphabet = "学术交流科普活动青年论坛新材料能源丝绸之路经济带ab12，。 ";
        for (var n = 0; n < 2000; n++)
        {
            string Text() => new(Enumerable.Range(0, random.Next(0, 80)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var (first, second) = (Text(), Text());

            Assert.Equal(Reference(first, second), ProjectSimilarity.Of(ProjectSimilarity.Fingerprint(first), ProjectSimilarity.Fingerprint(second)));
        }
    }

    private static decimal Reference(string first, string second)
    {
        static HashSet<string> Bigrams(string text)
        {
            var normal = new string(text.Normalize(System.Text.NormalizationForm.FormKC).Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
            return normal.Length < 12 ? [] : Enumerable.Range(0, normal.Length - 1).Select(i => normal.Substring(i, 2)).ToHashSet(StringComparer.Ordinal);
        }
        var (a, b) = (Bigrams(first), Bigrams(second));
        return a.Count == 0 || b.Count == 0 ? 0m : Math.Round(2m * a.Count(b.Contains) / (a.Count + b.Count), 3);
    }
}
