using System.Text;
using GrantPortal.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Http;

namespace GrantPortal.IntegrationTests.Security.Uploads;

/// <summary>
/// The one way handlers read an upload: missing, too large (unread) or of the wrong kind by content is refused; an
/// accepted file's bytes are exactly what was sent, with the content type its bytes tell.
/// </summary>
public sealed class UploadedFileTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n% a tiny document\n%%EOF\n");

    [Fact]
    public async Task NoFileOrAnEmptyOne_IsMissing()
    {
        Assert.Equal(UploadRefusal.Missing, (await UploadedFile.ReadAsync(null, 1024, [".pdf"], CancellationToken.None)).Refusal);
        Assert.Equal(UploadRefusal.Missing, (await UploadedFile.ReadAsync(File([], "a.pdf"), 1024, [".pdf"], CancellationToken.None)).Refusal);
    }

    [Fact]
    public async Task OverTheLimit_IsTooLarge_WithoutReadingIt()
    {
        using var unreadable = new UnreadableStream(2048);
        var file = new FormFile(unreadable, 0, unreadable.Length, "file", "a.pdf");

        var upload = await UploadedFile.ReadAsync(file, 2047, [".pdf"], CancellationToken.None);

        Assert.Equal(UploadRefusal.TooLarge, upload.Refusal);
        Assert.False(upload.Accepted);
        Assert.Empty(upload.Content);
    }

    [Fact]
    public async Task AtTheLimit_IsRead_ExactlyAsSent()
    {
        var upload = await UploadedFile.ReadAsync(File(Pdf, "报告.PDF"), Pdf.Length, [".pdf", ".docx"], CancellationToken.None);

        Assert.True(upload.Accepted);
        Assert.Equal(UploadRefusal.None, upload.Refusal);
        Assert.Equal(Pdf, upload.Content);
        Assert.Equal("application/pdf", upload.ContentType);
    }

    [Fact]
    public async Task ALargeFile_IsReadWhole()
    {
        // As a request body arrives: in pieces far smaller than the file.
        var content = new byte[3 * 1024 * 1024 + 17];
        Pdf.CopyTo(content, 0);
        content[^1] = 42;
        using var trickle = new TrickleStream(content);

        var upload = await UploadedFile.ReadAsync(new FormFile(trickle, 0, content.Length, "file", "scan.pdf"), content.Length, [".pdf"], CancellationToken.None);

        Assert.True(upload.Accepted);
        Assert.Equal(content.Length, upload.Content.Length);
        Assert.Equal(42, upload.Content[^1]);
    }

    [Theory]
    [InlineData("a.exe")] // an extension not accepted
    [InlineData("a.png")] // accepted, but the content is a PDF
    public async Task TheWrongKind_IsRefused(string name)
    {
        var upload = await UploadedFile.ReadAsync(File(Pdf, name), 1024, [".png", ".jpg"], CancellationToken.None);

        Assert.Equal(UploadRefusal.WrongType, upload.Refusal);
        Assert.Empty(upload.Content);
    }

    [Fact]
    public async Task NoAcceptList_AcceptsAnyKnownKind_ByContent()
    {
        Assert.True((await UploadedFile.ReadAsync(File(Pdf, "a.pdf"), 1024, [], CancellationToken.None)).Accepted);
        Assert.Equal(UploadRefusal.WrongType, (await UploadedFile.ReadAsync(File([0x4D, 0x5A, 0x90, 0x00], "a.doc"), 1024, [], CancellationToken.None)).Refusal);
    }

    private static FormFile File(byte[] content, string name) => new(new MemoryStream(content), 0, content.Length, "file", name);

    /// <summary>Gives at most 4 KB a read.</summary>
    private sealed class TrickleStream(byte[] content) : MemoryStream(content)
    {
        private const int Piece = 4096;
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, Piece));
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, Piece)]);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => base.ReadAsync(buffer, offset, Math.Min(count, Piece), cancellationToken);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => base.ReadAsync(buffer[..Math.Min(buffer.Length, Piece)], cancellationToken);
    }

    /// <summary>A stream of a given length that fails the test when read.</summary>
    private sealed class UnreadableStream(long length) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get; set; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("read although too large");
        public override long Seek(long offset, SeekOrigin origin) => Position = offset;
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
