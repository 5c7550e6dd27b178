using GrantPortal.Domain.Files;
using GrantPortal.Web.Infrastructure.Uploads;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Progress;

/// <summary>
/// Attachments of mid-term reports and change requests: the same checks as the application's file fields
/// (<see cref="UploadTypes.Check"/> on the content, a size limit told before reading) with a fixed list of types.
/// </summary>
public static class ProgressUploads
{
    public const int MaxMegabytes = 20;
    public const long MaxBytes = MaxMegabytes * 1024L * 1024L;
    /// <summary>The request limit: the file plus the form around it.</summary>
    public const int RequestLimit = (MaxMegabytes + 1) * 1024 * 1024;

    public static readonly IReadOnlyList<string> Accept = [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".jpg", ".jpeg", ".png"];

    /// <summary>The value of the file input's accept attribute.</summary>
    public static string AcceptAttribute => string.Join(",", Accept);

    /// <summary>The checked file (bytes and content type), or the reason in the user's language it is refused.</summary>
    public static async Task<(byte[]? Content, string? ContentType, string? Error)> ReadAsync(IFormFile? file, IStringLocalizer l, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(l);
        var upload = await UploadedFile.ReadAsync(file, MaxBytes, Accept, cancellationToken);
        return upload.Accepted ? (upload.Content, upload.ContentType, null) : (null, null, UploadText.Describe(upload.Refusal, MaxBytes, Accept, l));
    }
}
