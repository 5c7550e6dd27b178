using GrantPortal.Domain.Reviews;

namespace GrantPortal.Domain.Tests.Reviews;

public sealed class ConflictsTests
{
    private static readonly Guid Tenant = Guid.NewGuid();

    private static Expert Expert(string name, string organization, params string[] related)
    {
        var expert = new Expert(Tenant, name, organization, ExpertType.Technical, DateTimeOffset.UnixEpoch);
        expert.Update(name, organization, ExpertType.Technical, [], [], related, null, null, true, null);
        return expert;
    }

    private static ReviewedApplication Application(string organization, string[]? partners = null, AvoidanceRequest[]? avoid = null) =>
        new(Guid.NewGuid(), organization, partners ?? [], avoid ?? [], "项目");

    [Theory]
    [InlineData("湖南省农学会", "湖南省农学会")]
    [InlineData(" 湖南省 农学会 ", "湖南省农学会")]
    [InlineData("「湖南省农学会」", "湖南省农学会")]
    [InlineData("广西ＡＢＣ研究院", "广西abc研究院")]
    [InlineData("中南大学", "中南大学湘雅医院")]
    public void SameOrganization_AfterNormalising_IsAConflict(string expertOrganization, string applicant)
    {
        var conflict = Assert.Single(Conflicts.Between(Expert("张伟", expertOrganization), Application(applicant)));
        Assert.Equal(ConflictKind.SameOrganization, conflict.Kind);
    }

    [Theory]
    [InlineData("中南", "中南大学")] // too short to count as contained
    [InlineData("湖南大学", "湖南省农学会")]
    [InlineData("", "湖南省农学会")]
    public void DifferentOrganization_IsNoConflict(string expertOrganization, string applicant) =>
        Assert.Empty(Conflicts.Between(Expert("张伟", expertOrganization), Application(applicant)));

    [Fact]
    public void PartnerUnit_IsAConflict()
    {
        var conflict = Assert.Single(Conflicts.Between(Expert("张伟", "广西大学"), Application("广西农学会", ["广西大学", "广西医科大学"])));
        Assert.Equal(ConflictKind.PartnerUnit, conflict.Kind);
        Assert.Equal("广西大学", conflict.Detail);
    }

    [Fact]
    public void DeclaredRelation_ToApplicantOrPartner_IsAConflict()
    {
        var expert = Expert("张伟", "广西大学", "广西农学会", "桂林理工大学");
        Assert.Equal(ConflictKind.DeclaredRelation, Assert.Single(Conflicts.Between(expert, Application("广西农学会"))).Kind);
        Assert.Equal(ConflictKind.DeclaredRelation, Assert.Single(Conflicts.Between(expert, Application("南宁学会", ["桂林理工大学"]))).Kind);
        Assert.Empty(Conflicts.Between(expert, Application("南宁学会")));
    }

    [Fact]
    public void AvoidanceRequest_ByName_IsAConflict_ByNameAndOrganisation_OnlyWhenBothMatch()
    {
        var expert = Expert("李 明", "湖南师范大学");
        Assert.Equal(ConflictKind.AvoidanceRequested,
            Assert.Single(Conflicts.Between(expert, Application("某学会", avoid: [new AvoidanceRequest("李明", null, "学术观点分歧")]))).Kind);
        Assert.Single(Conflicts.Between(expert, Application("某学会", avoid: [new AvoidanceRequest("李明", "湖南师范大学", "竞争关系")])));
        Assert.Empty(Conflicts.Between(expert, Application("某学会", avoid: [new AvoidanceRequest("李明", "中南大学", "同名他人")])));
        Assert.Empty(Conflicts.Between(expert, Application("某学会", avoid: [new AvoidanceRequest("李明华", null, "他人")])));
    }
}
