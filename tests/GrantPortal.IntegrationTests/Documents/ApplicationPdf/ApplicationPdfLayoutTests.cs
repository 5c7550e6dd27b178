using System.Text;
using System.Text.RegularExpressions;
using GrantPortal.Domain.Applications;
using GrantPortal.Infrastructure.Documents;

namespace GrantPortal.IntegrationTests.Documents.ApplicationPdf;

/// <summary>The layout alone, without a database: the same submission gives the same file.</summary>
public class ApplicationPdfLayoutTests
{
    private static ApplicationPdfModel Model()
    {
        var values = PdfForms.Values(PdfForms.History("学会"));
        values[FormKeys.ProjectName] = "确定性测试项目";
        var id = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");
        var code = VerificationCode.For(id, 1, id, "确定性测试项目", 48000m, values);
        return new ApplicationPdfModel
        {
            AssociationName = "新疆维吾尔自治区科学技术协会", CallTitle = "2030年度学术交流项目", CategoryCode = "A1", CategoryName = "学术交流活动",
            OrganizationName = "测试学会", Number = "XJ-2030-A1-0001", Version = 1, SubmittedAt = new DateTimeOffset(2030, 3, 1, 2, 0, 0, TimeSpan.Zero),
            Title = "确定性测试项目", RequestedAmount = 48000m, VerificationCode = code, VerifyUrl = "http://localhost:5080/verify/" + code,
            Schema = PdfForms.Schema(), Values = values,
        };
    }

    /// <summary>
    /// Equal apart from what PDFsharp draws at random per file: the six-letter tag of the font subset (ABCDEF+) and
    /// the file identifier (/ID) and the XMP document and instance ids.
    /// </summary>
    [Fact]
    public void SameModel_SameCreationDate_GivesTheSameFile_ApartFromPdfSharpsRandomTags()
    {
        var at = new DateTimeOffset(2030, 3, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(Normalized(ApplicationPdfLayout.Render(Model(), at)), Normalized(ApplicationPdfLayout.Render(Model(), at)));
    }

    private static string Normalized(byte[] pdf) =>
        Regex.Replace(Regex.Replace(Regex.Replace(Encoding.Latin1.GetString(pdf), @"/[A-Z]{6}\+", "/XXXXXX+"), @"/ID\s*\[[^\]]*\]", "/ID[]"), @"uuid:[0-9a-f-]{36}", "uuid:");
}
