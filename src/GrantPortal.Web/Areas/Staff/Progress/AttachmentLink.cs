namespace GrantPortal.Web.Areas.Staff.Progress;

/// <summary>An attachment as a page lists it: its name, size and where to download it.</summary>
public sealed record AttachmentLink(Guid Id, string Name, long Size, string Url);
