using GrantPortal.Domain.Files;

namespace GrantPortal.Web.Infrastructure.Uploads;

/// <summary>
/// One uploaded file, read and checked: its bytes and the content type told by those bytes
/// (<see cref="UploadTypes.Check"/>), or why it was refused. The one way handlers read an upload.
/// </summary>
public sealed record UploadedFile(byte[] Content, string ContentType, UploadRefusal Refusal)
{
    private static readonly UploadedFile Missing = new([], "", UploadRefusal.Missing);
    private static readonly UploadedFile TooLarge = new([], "", UploadRefusal.TooLarge);
    private static readonly UploadedFile WrongType = new([], "", UploadRefusal.WrongType);

    public bool Accepted => Refusal == UploadRefusal.None;

    /// <summary>
    /// Reads <paramref name="file"/> when it is neither missing, empty nor over <paramref name="maxBytes"/>, and checks
    /// its content against <paramref name="accept"/> (extensions like ".pdf"; empty: any known document or image).
    /// </summary>
    public static async Task<UploadedFile> ReadAsync(IFormFile? file, long maxBytes, IReadOnlyCollection<string> accept, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accept);
        if (file is null || file.Length == 0)
        {
            return Missing;
        }
        if (file.Length > maxBytes)
        {
            return TooLarge;
        }
        // Once, into an array of the exact size: on deadline day 5 MB scans arrive several a second, and every
        // extra copy (MemoryStream + ToArray) would be one more large-object-heap allocation.
        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }
        var (contentType, refusal) = UploadTypes.Check(content.AsSpan(0, Math.Min(content.Length, UploadTypes.HeadLength)), file.FileName, accept);
        return refusal is null ? new UploadedFile(content, contentType!, UploadRefusal.None) : WrongType;
    }
}
