using System.Text;
using GrantPortal.Domain.Files;

namespace GrantPortal.Domain.Tests.Applications;

public sealed class UploadTypesTests
{
    private static readonly string[] Scans = [".pdf", ".jpg", ".jpeg", ".png"];

    [Theory]
    [InlineData("%PDF-1.7\n", "扫描件.pdf", "application/pdf")]
    [InlineData("\u00FF\u00D8\u00FF\u00E0", "scan.JPG", "image/jpeg")]
    [InlineData("\u0089PNG\r\n\u001A\n", "scan.png", "image/png")]
    public void AcceptedContent_GivesItsType(string head, string name, string type)
    {
        var bytes = Encoding.Latin1.GetBytes(head);
        Assert.Equal((type, null), UploadTypes.Check(bytes, name, Scans));
    }

    [Theory]
    [InlineData("MZ\u0090\u0000", "setup.pdf")] // an .exe renamed .pdf
    [InlineData("%PDF-1.7", "report.docx")]    // not accepted by the field
    [InlineData("%PDF-1.7", "scan")]
    public void WrongContentOrExtension_IsRefused(string head, string name)
    {
        var (type, error) = UploadTypes.Check(Encoding.Latin1.GetBytes(head), name, Scans);
        Assert.Null(type);
        Assert.Equal("文件类型不符：只接受 PDF、JPG、JPEG、PNG", error);
    }

    [Fact]
    public void OfficeAndText_AreToldByContent()
    {
        Assert.True(UploadTypes.Matches([0x50, 0x4B, 0x03, 0x04, 0x14], ".docx"));
        Assert.True(UploadTypes.Matches([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], ".xls"));
        Assert.True(UploadTypes.Matches(Encoding.UTF8.GetBytes("项目说明\r\n第二行"), ".txt"));
        Assert.False(UploadTypes.Matches([0x00, 0x01, 0x02], ".txt"));
        // A Chinese character cut by the end of the sniffed head is still text.
        Assert.True(UploadTypes.Matches(Encoding.UTF8.GetBytes("说明").AsSpan(0, 4), ".txt"));
    }

    [Fact]
    public void StoredName_HasNoPath()
    {
        Assert.Equal("扫描件.pdf", StoredFile.SafeName("..\\..\\etc/扫描件.pdf"));
        Assert.Equal("file", StoredFile.SafeName("../"));
    }
}
