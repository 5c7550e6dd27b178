namespace GrantPortal.Infrastructure.Documents;

/// <summary>
/// The official application form (申报书) of one submitted version as an A4 PDF: what applicants print and seal and
/// what staff export. One implementation; the interface lets the exports be built and tested apart from the layout.
/// </summary>
public interface IApplicationPdf
{
    /// <summary>
    /// Renders <paramref name="version"/> (the latest submission when null) of an application of the current tenant;
    /// null when there is no such application or version.
    /// </summary>
    Task<RenderedPdf?> RenderAsync(Guid applicationId, int? version, CancellationToken cancellationToken = default);
}
