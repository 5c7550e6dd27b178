using GrantPortal.Domain.Forms;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Documents;

/// <summary>
/// The application PDF from the database: one submitted version of an application of the current tenant, on the form
/// version it was filled in (not the category's current form), laid out by <see cref="ApplicationPdfLayout"/>.
/// </summary>
public sealed class ApplicationPdf(PortalDbContext db, TenantContext tenant, ApplicationPdfOptions options, TimeProvider time) : IApplicationPdf
{
    /// <inheritdoc />
    public async Task<RenderedPdf?> RenderAsync(Guid applicationId, int? version, CancellationToken cancellationToken = default)
    {
        var model = await ModelAsync(applicationId, version, cancellationToken);
        if (model is null)
        {
            return null;
        }
        PdfFonts.EnsureConfigured(options.FontFile);
        var content = ApplicationPdfLayout.Render(model, time.GetUtcNow());
        return new RenderedPdf(content, FileName(model), model.Number, model.Version, model.VerificationCode);
    }

    /// <summary>What the PDF of that version shows; null when the application or the version does not exist here.</summary>
    public async Task<ApplicationPdfModel?> ModelAsync(Guid applicationId, int? version, CancellationToken cancellationToken = default)
    {
        var application = await db.Applications.AsNoTracking()
            .Where(a => a.Id == applicationId)
            .Select(a => new { a.Id, a.Number, a.CallId, a.CategoryId, a.OrganizationId })
            .SingleOrDefaultAsync(cancellationToken);
        if (application?.Number is null)
        {
            return null;
        }
        var submissions = db.ApplicationSubmissions.AsNoTracking().Where(s => s.ApplicationId == applicationId);
        var submission = await (version is { } v ? submissions.Where(s => s.Version == v) : submissions.OrderByDescending(s => s.Version))
            .FirstOrDefaultAsync(cancellationToken);
        if (submission is null)
        {
            return null;
        }
        var schema = await db.Forms.AsNoTracking().Where(f => f.Id == submission.FormDefinitionId).Select(f => f.Schema).SingleAsync(cancellationToken);
        var call = await db.Calls.AsNoTracking().Where(c => c.Id == application.CallId).Select(c => c.Title).SingleAsync(cancellationToken);
        var category = await db.Categories.AsNoTracking().Where(c => c.Id == application.CategoryId).Select(c => new { c.Code, c.Name }).SingleAsync(cancellationToken);
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == application.OrganizationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var fileIds = schema.AllFields().Where(f => f.Type == FieldType.File)
            .Select(f => submission.Values.TryGetValue(f.Key, out var value) && Guid.TryParse(value, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .ToList();
        var files = fileIds.Count == 0 ? [] : await db.StoredFiles.AsNoTracking()
            .Where(f => fileIds.Contains(f.Id) && f.OrganizationId == application.OrganizationId)
            .Select(f => new { f.Id, f.OriginalName })
            .ToListAsync(cancellationToken);
        return new ApplicationPdfModel
        {
            AssociationName = tenant.Association?.Name ?? "",
            CallTitle = call,
            CategoryCode = category.Code,
            CategoryName = category.Name,
            OrganizationName = organization,
            Number = application.Number,
            Version = submission.Version,
            SubmittedAt = submission.SubmittedAt,
            Title = submission.Title,
            RequestedAmount = submission.RequestedAmount,
            VerificationCode = submission.VerificationCode,
            VerifyUrl = $"{options.PublicBaseUrl.TrimEnd('/')}/verify/{submission.VerificationCode}",
            Schema = schema,
            Values = submission.Values,
            FileNames = files.ToDictionary(f => f.Id.ToString(), f => f.OriginalName, StringComparer.Ordinal),
        };
    }

    /// <summary>"{number}-{title}-v{version}.pdf", the title clipped and without characters file systems refuse.</summary>
    public static string FileName(ApplicationPdfModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var title = new string(model.Title.Where(c => !Path.GetInvalidFileNameChars().Contains(c) && c is not ('\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|')).ToArray()).Trim();
        if (title.Length > 60)
        {
            title = title[..60];
        }
        return title.Length == 0 ? $"{model.Number}-v{model.Version}.pdf" : $"{model.Number}-{title}-v{model.Version}.pdf";
    }
}
