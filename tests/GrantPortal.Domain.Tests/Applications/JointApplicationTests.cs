using GrantPortal.Domain.Applications;

namespace GrantPortal.Domain.Tests.Applications;

public class JointApplicationTests
{
    private const string Lead = "广西壮族自治区化学化工学会";
    private const string LeadCode = "51450000MJ0000000X";

    [Fact]
    public void Partners_AreTheNamedRowsOfThePartnersTable_InRowOrder()
    {
        var values = new Dictionary<string, string>
        {
            ["partners.1.name"] = "广西大学化学化工学院", ["partners.1.role"] = "学术组织",
            ["partners.0.name"] = "广西材料学会", ["partners.0.creditCode"] = "51450000MJ0000001P",
            ["partners.2.role"] = "无名称的行不算", ["projectName"] = "论坛",
        };

        var partners = JointApplication.Partners(values);

        Assert.Equal(["广西材料学会", "广西大学化学化工学院"], partners.Select(p => p.Name));
        Assert.Equal("51450000MJ0000001P", partners[0].CreditCode);
        Assert.Equal("学术组织", partners[1].Role);
    }

    [Fact]
    public void Problems_LeadAsPartner_DuplicateAndBadCreditCode()
    {
        var partners = new[]
        {
            new PartnerUnit(Lead, null, null),
            new PartnerUnit("广西材料学会", "123", null),
            new PartnerUnit("广西材料学会", null, null),
        };

        var problems = JointApplication.Problems(partners, Lead, LeadCode).ToList();

        Assert.Contains(problems, p => p.Contains("不能同时列为合作单位", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("“123”无效", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("重复列出", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_DistinctWellNamedPartners_None()
    {
        Assert.Empty(JointApplication.Problems([new PartnerUnit("广西材料学会", null, "承办")], Lead, LeadCode));
    }
}
