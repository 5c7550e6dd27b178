using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Documents.Seals;
using GrantPortal.Infrastructure.Documents.Signing;
using PdfSharp.Drawing;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;

namespace GrantPortal.Infrastructure.Documents.Exports;

/// <summary>
/// Makes the association's copy of an application PDF: the receipt seal on every page (<see cref="ReceiptSeal"/>), then
/// a digital signature with the association's certificate (PDFsharp's PKCS#7 detached signature, SHA-256; reason
/// 电子受理, location the association, the signing time), invisible (no widget), so the seal stays the visible mark.
/// </summary>
public sealed class SealedPdf(CertificateStore certificates)
{
    public async Task<byte[]> SealAndSignAsync(byte[] pdf, Association association, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(association);
        var certificate = await certificates.ForAsync(association, cancellationToken);
        using var input = new MemoryStream(pdf, writable: false);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        ReceiptSeal.Stamp(document, association.Name, at);
        var options = new DigitalSignatureOptions
        {
            Reason = "电子受理",
            Location = association.Name,
            ContactInfo = association.Name,
            AppName = "GrantPortal",
            Rectangle = new XRect(0, 0, 0, 0),
            PageIndex = 0,
        };
        DigitalSignatureHandler.ForDocument(document, new PdfSharpDefaultSigner(certificate, PdfMessageDigestType.SHA256), options);
        using var output = new MemoryStream();
        await document.SaveAsync(output);
        return output.ToArray();
    }
}
