using GrantPortal.Domain.Agreements;
using GrantPortal.Infrastructure.Documents.Signing;
using GrantPortal.Infrastructure.Tenancy;
using PdfSharp.Drawing;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;

namespace GrantPortal.Infrastructure.Documents.Agreements;

/// <summary>
/// The PDF of a task agreement version (项目任务书), laid out by <see cref="TaskAgreementPdfLayout"/> with the machinery
/// of the application form; and the association's countersigned copy: the same pages marked 已会签, digitally signed
/// with the association's certificate (<see cref="CertificateStore"/>, PKCS#7 detached, SHA-256, reason 任务书会签).
/// </summary>
public sealed class TaskAgreementPdf(TenantContext tenant, ApplicationPdfOptions options, CertificateStore certificates, TimeProvider time)
{
    public TaskAgreementPdfModel Model(AgreementVersion version, bool countersigned = false)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new TaskAgreementPdfModel(
            tenant.Association?.Name ?? "",
            version.Content,
            version.Number,
            version.VerificationCode,
            $"{options.PublicBaseUrl.TrimEnd('/')}/verify/{version.VerificationCode}",
            version.IssuedAt ?? version.CreatedAt,
            version.AmendmentReason,
            countersigned ? version.CountersignedAt ?? time.GetUtcNow() : null);
    }

    /// <summary>The version as the applicant prints it.</summary>
    public byte[] Render(AgreementVersion version)
    {
        PdfFonts.EnsureConfigured(options.FontFile);
        return TaskAgreementPdfLayout.Render(Model(version), time.GetUtcNow());
    }

    /// <summary>The association's countersigned copy of <paramref name="version"/>, signed at <paramref name="at"/>.</summary>
    public async Task<byte[]> CountersignedAsync(AgreementVersion version, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        var association = tenant.Association ?? throw new InvalidOperationException("No association.");
        PdfFonts.EnsureConfigured(options.FontFile);
        var model = Model(version) with { CountersignedAt = at };
        var pdf = TaskAgreementPdfLayout.Render(model, at);
        var certificate = await certificates.ForAsync(association, cancellationToken);
        using var input = new MemoryStream(pdf, writable: false);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        var signature = new DigitalSignatureOptions
        {
            Reason = "任务书会签",
            Location = association.Name,
            ContactInfo = association.Name,
            AppName = "GrantPortal",
            Rectangle = new XRect(0, 0, 0, 0),
            PageIndex = 0,
        };
        DigitalSignatureHandler.ForDocument(document, new PdfSharpDefaultSigner(certificate, PdfMessageDigestType.SHA256), signature);
        using var output = new MemoryStream();
        await document.SaveAsync(output);
        return output.ToArray();
    }

    /// <summary>"任务书-{number}-v{version}.pdf".</summary>
    public static string FileName(AgreementVersion version, bool countersigned = false)
    {
        ArgumentNullException.ThrowIfNull(version);
        var number = version.Content.ApplicationNumber.Length > 0 ? version.Content.ApplicationNumber : version.AgreementId.ToString("N")[..8];
        return $"任务书-{number}-v{version.Number}{(countersigned ? "-会签" : "")}.pdf";
    }
}
