using GrantPortal.Domain.Common;
using GrantPortal.Domain.Organizations;

namespace GrantPortal.Domain.Tests.Organizations;

public class OrganizationProfileTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);

    private static ApplicantOrganization NewOrganization()
    {
        Assert.True(UnifiedSocialCreditCode.TryParse("91350100M000100Y43", out var code));
        return new ApplicantOrganization(Guid.NewGuid(), "测试学会", ApplicantType.Society, code!, "张三", "0771-2630981", "a@example.com", null, Now);
    }

    private static OrganizationProfile Full() => new()
    {
        LegalRepresentative = "王五", Chair = "赵六", SecretaryGeneral = "钱七", SecretaryGeneralFullTime = true,
        SupportingUnit = "广西科协", FinanceSystem = FinanceSystem.AgencyBookkeeping, MemberCount = 1200, GroupMemberCount = 35, StaffCount = 4,
        Address = " 南宁市民族大道 1 号 ", PostalCode = "530022", Website = "https://example.org",
        ContactName = "李四", ContactPhone = "13800000000", ContactEmail = "li@example.com",
    };

    [Fact]
    public void UpdateProfile_SavesEverything_AndCountsTheRevision()
    {
        var organization = NewOrganization();
        organization.UpdateProfile(Full(), 0, Now);
        Assert.Equal(1, organization.Revision);
        Assert.Equal("南宁市民族大道 1 号", organization.Address);
        Assert.Equal(FinanceSystem.AgencyBookkeeping, organization.FinanceSystem);
        Assert.Equal(Full() with { Address = "南宁市民族大道 1 号" }, organization.Profile());
    }

    [Fact]
    public void PrefillValues_NameEveryProfileValue()
    {
        var organization = NewOrganization();
        organization.UpdateProfile(Full(), 0, Now);
        var values = organization.PrefillValues();
        Assert.Equal("测试学会", values["name"]);
        Assert.Equal("91350100M000100Y43", values["creditCode"]);
        Assert.Equal("是", values["secretaryGeneralFullTime"]);
        Assert.Equal("代理记账", values["financeSystem"]);
        Assert.Equal("1200", values["memberCount"]);
        Assert.Equal("35", values["groupMemberCount"]);
        Assert.Equal("4", values["staffCount"]);
        Assert.Equal("530022", values["postalCode"]);
        Assert.Equal("https://example.org", values["website"]);
        Assert.Equal("王五", values["legalRepresentative"]);
        Assert.Equal("赵六", values["chair"]);
        Assert.Equal("钱七", values["secretaryGeneral"]);
        Assert.Equal("广西科协", values["supportingUnit"]);
        Assert.Equal("李四", values["contactName"]);
        Assert.Equal("13800000000", values["contactPhone"]);
        Assert.Equal("li@example.com", values["contactEmail"]);
        Assert.Equal(17, values.Count);
    }

    [Fact]
    public void PrefillValues_LeaveOutWhatIsNotFilledIn()
    {
        var values = NewOrganization().PrefillValues();
        Assert.Equal(["contactEmail", "contactName", "contactPhone", "creditCode", "name"], values.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void UpdateProfile_NegativeCount_IsRefused_AndChangesNothing()
    {
        var organization = NewOrganization();
        var e = Assert.Throws<DomainException>(() => organization.UpdateProfile(Full() with { StaffCount = -1 }, 0, Now));
        Assert.Equal("organization.invalid_profile", e.Code);
        Assert.Equal(0, organization.Revision);
        Assert.Null(organization.StaffCount);
    }

    [Fact]
    public void UpdateProfile_WithoutMainContact_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => NewOrganization().UpdateProfile(Full() with { ContactPhone = " " }, 0, Now));
        Assert.Equal("organization.invalid_profile", e.Code);
    }

    [Fact]
    public void UpdateProfile_OnAnOlderRevision_IsStale()
    {
        var organization = NewOrganization();
        organization.UpdateProfile(Full(), 0, Now);
        var e = Assert.Throws<DomainException>(() => organization.UpdateProfile(Full() with { Chair = "孙八" }, 0, Now));
        Assert.Equal("organization.stale", e.Code);
        Assert.Equal("赵六", organization.Chair);
    }
}
