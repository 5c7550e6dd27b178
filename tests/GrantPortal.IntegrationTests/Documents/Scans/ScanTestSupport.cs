using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Identity;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QRCoder;

namespace GrantPortal.IntegrationTests.Documents.Scans;

/// <summary>Applicants for the test organisations, resubmissions, QR images and multipart uploads.</summary>
public static class ScanTestSupport
{
    /// <summary>A new applicant user of <paramref name="organizationId"/>; returns the e-mail (password: the demo one).</summary>
    public static async Task<string> ApplicantAsync(PortalFactory factory, string tenant, Guid organizationId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var email = $"scan-{Guid.NewGuid():N}@example.com";
        var user = PortalUser.Create(email, "扫描测试", DateTimeOffset.UtcNow, emailConfirmed: true);
        Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Memberships.Add(new TenantMembership(association.Id, user.Id, PortalRole.Applicant, organizationId, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        return email;
    }

    /// <summary>Withdraws and submits the application again (a new version with a new code); returns the codes by version.</summary>
    public static async Task<IReadOnlyDictionary<int, string>> ResubmitAsync(PortalFactory factory, string tenant, Guid applicationId, string newContent)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var application = await db.Applications.Include(a => a.Submissions).SingleAsync(a => a.Id == applicationId);
        var now = DateTimeOffset.UtcNow;
        application.Withdraw(application.Revision, CallPhase.Open, null, now);
        var values = new Dictionary<string, string>(application.Values) { ["content"] = newContent };
        application.Save(values, application.Revision, CallPhase.Open, null, now);
        db.ApplicationSubmissions.Add(application.Submit(application.Revision, CallPhase.Open, () => "unused", null, now));
        await db.SaveChangesAsync();
        return application.Submissions.ToDictionary(s => s.Version, s => s.VerificationCode);
    }

    public static async Task<IReadOnlyDictionary<int, string>> CodesAsync(PortalFactory factory, string tenant, Guid applicationId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.ApplicationSubmissions.Where(s => s.ApplicationId == applicationId).ToDictionaryAsync(s => s.Version, s => s.VerificationCode);
    }

    /// <summary>A PNG of a QR code holding <paramref name="text"/>, as a scanner would photograph it.</summary>
    public static byte[] QrPng(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(8);
    }

    /// <summary>A one-page A4 PDF with the QR code of <paramref name="text"/> in the upper right, as a scanned form would be.</summary>
    public static byte[] QrPdf(string text)
    {
        GrantPortal.Infrastructure.Documents.PdfFonts.EnsureConfigured();
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        // PDFsharp needs an RGBA PNG, not QRCoder's default 1-bit one.
        var png = new PngByteQRCode(data).GetGraphic(8, [0, 0, 0, 255], [255, 255, 255, 255]);
        using var document = new PdfSharp.Pdf.PdfDocument();
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using (var gfx = PdfSharp.Drawing.XGraphics.FromPdfPage(page))
        using (var image = PdfSharp.Drawing.XImage.FromStream(new MemoryStream(png)))
        {
            gfx.DrawImage(image, page.Width.Point - 150, 40, 100, 100);
        }
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    /// <summary>Posts a file (and the typed code) to the upload form of <paramref name="pageUrl"/>.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string pageUrl, byte[] content, string fileName, string? code = null)
    {
        var page = await client.GetPageAsync(pageUrl);
        var token = page.QuerySelector("form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(code ?? ""), "Code" },
            { new ByteArrayContent(content), "File", fileName },
        };
        return await client.PostAsync(pageUrl, body);
    }
}
