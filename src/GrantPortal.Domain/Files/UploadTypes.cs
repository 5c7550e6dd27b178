using System.Text.Unicode;

namespace GrantPortal.Domain.Files;

/// <summary>
/// 附件类型: what a file is, told by its content (the first bytes), not by its name; an upload is accepted when its
/// extension is one the field accepts AND its content is of that kind (an .exe renamed .pdf is refused).
/// </summary>
public static class UploadTypes
{
    /// <summary>How many leading bytes <see cref="Check"/> needs.</summary>
    public const int HeadLength = 8192;

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".doc"] = "application/msword",
        [".xls"] = "application/vnd.ms-excel",
        [".ppt"] = "application/vnd.ms-powerpoint",
        [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
    };

    /// <summary>
    /// The content type to store and serve the file with, or the reason (in Chinese) it is refused. <paramref name="head"/>
    /// is the file's first bytes (up to <see cref="HeadLength"/>), <paramref name="accept"/> the field's extensions (".pdf").
    /// </summary>
    public static (string? ContentType, string? Error) Check(ReadOnlySpan<byte> head, string fileName, IReadOnlyCollection<string> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        var allowed = accept.Count > 0 ? accept.Select(a => a.Trim().ToLowerInvariant()).ToList() : ContentTypes.Keys.ToList();
        var refusal = $"文件类型不符：只接受 {string.Join("、", allowed.Select(a => a.TrimStart('.').ToUpperInvariant()))}";
        if (!allowed.Contains(extension) || !ContentTypes.TryGetValue(extension, out var contentType) || !Matches(head, extension))
        {
            return (null, refusal);
        }
        return (contentType, null);
    }

    /// <summary>Whether the content is of the kind its extension says.</summary>
    public static bool Matches(ReadOnlySpan<byte> head, string extension) => extension switch
    {
        ".pdf" => head.StartsWith("%PDF-"u8),
        ".png" => head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ".jpg" or ".jpeg" => head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        ".gif" => head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8),
        ".docx" or ".xlsx" or ".pptx" => head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]),
        ".doc" or ".xls" or ".ppt" => head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        ".txt" or ".csv" => IsPlainText(head),
        _ => false,
    };

    /// <summary>UTF-8 text without control characters other than tab, line breaks and form feed (a cut-off last character is fine).</summary>
    private static bool IsPlainText(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return false;
        }
        foreach (var b in head)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D))
            {
                return false;
            }
        }
        // Allow a multi-byte character cut by the end of the head.
        for (var trim = 0; trim <= Math.Min(3, head.Length - 1); trim++)
        {
            if (Utf8.IsValid(head[..^trim]))
            {
                return true;
            }
        }
        return false;
    }
}
