namespace GrantPortal.Web.Infrastructure.Uploads;

/// <summary>Why <see cref="UploadedFile.ReadAsync"/> refused a file; each caller words it in its own message.</summary>
public enum UploadRefusal
{
    None,

    /// <summary>No file, or an empty one.</summary>
    Missing,

    /// <summary>Larger than the caller's limit (told by the part's length; nothing was read).</summary>
    TooLarge,

    /// <summary>An extension not accepted, or content not of the kind its extension says.</summary>
    WrongType,
}
