using GrantPortal.Infrastructure.Documents.Exports;
using GrantPortal.Infrastructure.Documents.Scans;
using GrantPortal.Infrastructure.Documents.Signing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// In the namespace of AddPortalInfrastructure, so Program.cs needs no new using.
namespace GrantPortal.Infrastructure;

public static class DocumentExportServices
{
    /// <summary>
    /// Sealed scans (QR reading, status), the receipt seal and signing, and the export jobs with their background
    /// worker. <paramref name="settings"/> is the GrantPortal section (Signing, Exports); certificates are generated
    /// when none is configured only if <paramref name="generateCertificates"/> (never in production).
    /// </summary>
    public static IServiceCollection AddDocumentExports(this IServiceCollection services, IConfiguration settings, bool generateCertificates)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var signing = settings.GetSection("Signing");
        var signingSettings = new SigningSettings
        {
            CertificateDirectory = signing["CertificateDirectory"],
            Password = signing["Password"],
            GenerateCertificates = signing.GetValue("GenerateCertificates", generateCertificates),
            GeneratedPassword = signing["GeneratedPassword"] ?? new SigningSettings().GeneratedPassword,
        };
        foreach (var tenant in signing.GetChildren().Where(c => c["CertificateFile"] is not null))
        {
            signingSettings.Tenants[tenant.Key] = new SigningSettings.TenantCertificate(tenant["CertificateFile"], tenant["Password"]);
        }
        services.AddSingleton(signingSettings);
        services.AddSingleton<CertificateStore>();
        services.AddSingleton<SealedPdf>();
        services.AddSingleton<QrReader>();
        services.AddScoped<ScanIntake>();
        services.AddScoped<SealedScanStatus>();
        services.AddScoped<ExportBuilder>();
        services.Configure<ExportOptions>(settings.GetSection("Exports"));
        services.AddSingleton<ExportWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ExportWorker>());
        return services;
    }
}
