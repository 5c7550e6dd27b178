using GrantPortal.Infrastructure.Documents;
using GrantPortal.Infrastructure.Documents.Exports;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Documents.Signing;

/// <summary>The association's copy of an application PDF: sealed on every page and signed so that pdfsig verifies it.</summary>
[Collection(PortalCollection.Name)]
public sealed class SealedPdfTests(PortalFactory factory)
{
    [Fact]
    public async Task SealedAndSigned_PdfsigVerifies_AndTheSealNamesTheAssociation()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, "guangxi", 1);
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync("guangxi"))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var rendered = (await scope.ServiceProvider.GetRequiredService<IApplicationPdf>().RenderAsync(setup.Applications[0].ApplicationId, null))!;

        var signed = await scope.ServiceProvider.GetRequiredService<SealedPdf>().SealAndSignAsync(rendered.Content, association, DateTimeOffset.UtcNow);

        var signature = await Poppler.OnAsync(signed, "pdfsig");
        Assert.Contains("Signature is Valid", signature, StringComparison.Ordinal);
        Assert.Contains(association.Name, signature, StringComparison.Ordinal);
        var text = await Poppler.OnAsync(signed, "pdftotext", "-f", "1", "-l", "1");
        Assert.Contains(association.Name, text, StringComparison.Ordinal);
        Assert.Contains("受理", text, StringComparison.Ordinal);
        Assert.Contains(rendered.ApplicationNumber, text, StringComparison.Ordinal);
        // Kept for a person to look at: page 1 with the seal.
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        var pdf = Path.Combine(folder, "sealed-signed.pdf");
        await File.WriteAllBytesAsync(pdf, signed);
        await Poppler.RunAsync("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", pdf, Path.Combine(folder, "sealed-page"));
    }

    [Fact]
    public async Task GeneratedCertificate_IsReusedForTheSameAssociation()
    {
        var store = factory.Services.GetRequiredService<GrantPortal.Infrastructure.Documents.Signing.CertificateStore>();
        var association = (await factory.Services.GetRequiredService<AssociationDirectory>().FindAsync("hunan"))!;
        var first = await store.ForAsync(association);
        Assert.Contains(association.Name, first.Subject, StringComparison.Ordinal);
        Assert.True(first.HasPrivateKey);
        // A second instance (a fresh store over the same database) finds the stored one.
        using var other = new GrantPortal.Infrastructure.Documents.Signing.CertificateStore(
            factory.Services.GetRequiredService<GrantPortal.Infrastructure.Documents.Signing.SigningSettings>(),
            factory.Services.GetRequiredService<GrantPortal.Infrastructure.Data.DatabaseInitializer>(), TimeProvider.System);
        var second = await other.ForAsync(association);
        Assert.Equal(first.Thumbprint, second.Thumbprint);
    }
}
