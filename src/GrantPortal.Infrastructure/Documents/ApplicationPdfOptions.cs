namespace GrantPortal.Infrastructure.Documents;

/// <summary>Settings of the application PDF: the font file (<c>GrantPortal:Pdf:FontFile</c>) and the portal's public address (<c>GrantPortal:PublicBaseUrl</c>) for the QR code.</summary>
public sealed class ApplicationPdfOptions
{
    public string? FontFile { get; set; }

    /// <summary>Where /verify/{code} is reached from outside, without a trailing slash.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
