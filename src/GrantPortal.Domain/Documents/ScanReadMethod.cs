namespace GrantPortal.Domain.Documents;

/// <summary>How the verification code of a sealed scan was read from it.</summary>
public enum ScanReadMethod
{
    /// <summary>No QR code could be read (or the reader is not installed).</summary>
    NotRead,
    /// <summary>The QR code read from the uploaded image.</summary>
    QrFromImage,
    /// <summary>The QR code read from a page of the uploaded PDF, rendered as an image.</summary>
    QrFromPdf,
}
