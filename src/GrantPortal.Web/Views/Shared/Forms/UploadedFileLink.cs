namespace GrantPortal.Web.Views.Shared.Forms;

/// <summary>An uploaded file as a file field shows it: its name, size in bytes and download address.</summary>
public sealed record UploadedFileLink(string Name, long Size, string Url);
