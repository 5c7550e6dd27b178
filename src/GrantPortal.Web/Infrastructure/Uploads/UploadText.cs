using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Infrastructure.Uploads;

/// <summary>The usual wording of an <see cref="UploadRefusal"/>: the size limit in MB and the accepted extensions.</summary>
public static class UploadText
{
    /// <summary>The message for <paramref name="refusal"/>, or null when the file was accepted.</summary>
    public static string? Describe(UploadRefusal refusal, long maxBytes, IReadOnlyCollection<string> accept, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(accept);
        ArgumentNullException.ThrowIfNull(l);
        return refusal switch
        {
            UploadRefusal.TooLarge => l["文件超过 {0} MB", maxBytes / 1024 / 1024],
            UploadRefusal.Missing => l["请选择要上传的文件"],
            UploadRefusal.WrongType => WrongType(accept, l),
            _ => null,
        };
    }

    /// <summary>"文件类型不符：只接受 PDF、DOCX", or, when any known kind is accepted, that it is none of them.</summary>
    public static string WrongType(IReadOnlyCollection<string> accept, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(accept);
        ArgumentNullException.ThrowIfNull(l);
        return accept.Count > 0
            ? l["文件类型不符：只接受 {0}", Extensions(accept, l)]
            : l["文件类型不符：不是可接受的文档或图片"];
    }

    /// <summary>"PDF、DOCX": the extensions as the user knows them.</summary>
    public static string Extensions(IEnumerable<string> accept, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return string.Join(l["、"], accept.Select(a => a.TrimStart('.').ToUpperInvariant()));
    }
}
