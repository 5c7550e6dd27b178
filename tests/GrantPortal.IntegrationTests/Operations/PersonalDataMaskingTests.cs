using GrantPortal.Web.Infrastructure;

namespace GrantPortal.IntegrationTests.Operations;

/// <summary>Resident ID numbers and mobile numbers never reach a log sink.</summary>
public sealed class PersonalDataMaskingTests
{
    [Theory]
    [InlineData("110105194912310021", "***")]
    [InlineData("11010519491231002X", "***")]
    [InlineData("11010519491231002x", "***")]
    [InlineData("110105491231002", "***")] // first-generation, 15 digits
    [InlineData("身份证号11010519491231002X已核验", "身份证号***已核验")]
    [InlineData("id=11010519491231002X&x=1", "id=***&x=1")]
    public void Mask_ResidentIdNumber_IsReplaced(string value, string expected) =>
        Assert.Equal(expected, PersonalDataMasking.Mask(value));

    [Theory]
    [InlineData("13912345678", "***")]
    [InlineData("联系电话：13912345678", "联系电话：***")]
    [InlineData("手机 19900001111，座机 0771-2630981", "手机 ***，座机 ***")]
    [InlineData("+86 13912345678", "+86 ***")]
    [InlineData("+8613912345678", "***")]
    [InlineData("8613912345678", "***")]
    public void Mask_MobileNumber_IsReplaced(string value, string expected) =>
        Assert.Equal(expected, PersonalDataMasking.Mask(value));

    [Theory]
    [InlineData("HTTP GET /guangxi 200 3.1 ms tenant=guangxi user=-")]
    [InlineData("GX-2023-3-0042")]
    [InlineData("12345678901")] // 11 digits but not a mobile number (no 1[3-9] prefix)
    [InlineData("91450100MA5KXXXX0Y")] // a credit code is an organisation's public identifier
    [InlineData("0193b4c2-7a1e-7d3f-9c1a-5e2b8f4d6a10")]
    public void Mask_NoPersonalData_IsUnchanged(string value) =>
        Assert.Equal(value, PersonalDataMasking.Mask(value));
}
