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
}
