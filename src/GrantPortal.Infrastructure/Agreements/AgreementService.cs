using GrantPortal.Domain.Agreements;
using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Files;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Documents.Agreements;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Agreements;

/// <summary>
/// The steps of a task agreement (任务书) on the current tenant's data: draft from the award, edit the draft, issue,
/// take the applicant's sealed scan, send it back, countersign (the signed PDF stored, the award's AgreementSigned
/// milestone met in the same save) and amend. Refusals are <see cref="DomainException"/>s; a save that lost a race with
/// another change is refused as <c>agreement.stale</c>.
/// </summary>
public sealed class AgreementService(PortalDbContext db, AgreementContentBuilder builder, TaskAgreementPdf pdf, TimeProvider time, Files.IFileContentStore files)
{
    /// <summary>The award (with its tranches) of this tenant, and of <paramref name="organizationId"/> when given; null otherwise.</summary>
    public Task<Award?> AwardAsync(Guid awardId, Guid? organizationId = null, CancellationToken cancellationToken = default) =>
        db.Awards.Include(a => a.Tranches)
            .Where(a => a.Id == awardId && (organizationId == null || a.OrganizationId == organizationId))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The award's agreement with all its versions; null before the first draft.</summary>
    public Task<TaskAgreement?> AgreementAsync(Guid awardId, CancellationToken cancellationToken = default) =>
        db.TaskAgreements.Include(a => a.Versions).SingleOrDefaultAsync(a => a.AwardId == awardId, cancellationToken);

    /// <summary>The first draft, from the application; the existing agreement when there is one already.</summary>
    public async Task<TaskAgreement> CreateAsync(Award award, Guid? userId, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(award);
        if (await AgreementAsync(award.Id, cancellationToken) is { } existing)
        {
            return existing;
        }
        var content = await builder.BuildAsync(award, cancellationToken);
        var agreement = TaskAgreement.Draft(award, content, userId, userName, time.GetUtcNow());
        db.TaskAgreements.Add(agreement);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new DomainException("agreement.stale", "Another agreement was drafted at the same moment.", 0);
        }
        return agreement;
    }

    public Task ReviseAsync(TaskAgreement agreement, int revision, Func<AgreementContent, AgreementContent> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(change);
        agreement.Revise(change(agreement.Current.Content), revision);
        return SaveAsync(agreement, cancellationToken);
    }

    public Task IssueAsync(TaskAgreement agreement, Award award, int revision, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        TaskAgreement.EnsureActive(award);
        agreement.Issue(revision, userName, time.GetUtcNow());
        return SaveAsync(agreement, cancellationToken);
    }

    /// <summary>Stores the applicant's sealed scan (the caller has checked its type and size) as a file of the organisation.</summary>
    public async Task AttachScanAsync(TaskAgreement agreement, string fileName, string contentType, byte[] content, Guid? userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var now = time.GetUtcNow();
        var file = new StoredFile(agreement.TenantId, agreement.OrganizationId, fileName, contentType, content, userId, now);
        agreement.AttachSealedScan(file.Id, userId, now);
        await files.PutAsync(file, content, cancellationToken);
        db.StoredFiles.Add(file);
        await SaveAsync(agreement, cancellationToken);
    }

    public Task ReturnScanAsync(TaskAgreement agreement, int revision, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        agreement.ReturnScan(reason, revision);
        return SaveAsync(agreement, cancellationToken);
    }

    /// <summary>会签: the signed PDF is made and stored, the version countersigned and the award's AgreementSigned milestone met, in one save.</summary>
    public async Task CountersignAsync(TaskAgreement agreement, Award award, int revision, Guid? userId, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(award);
        TaskAgreement.EnsureActive(award);
        if (agreement.Revision != revision)
        {
            throw new DomainException("agreement.stale", "The agreement was changed since it was opened.", agreement.Revision);
        }
        var now = time.GetUtcNow();
        var version = agreement.Current;
        if (version.Status != AgreementStatus.SealedUploaded)
        {
            throw new DomainException("agreement.wrong_status", "Only an uploaded sealed scan is countersigned.");
        }
        var signed = await pdf.CountersignedAsync(version, now, cancellationToken);
        var file = new StoredFile(agreement.TenantId, agreement.OrganizationId, TaskAgreementPdf.FileName(version, countersigned: true), "application/pdf", signed, userId, now);
        agreement.Countersign(file.Id, revision, userName, now);
        award.MeetMilestone(DisbursementMilestone.AgreementSigned, now);
        await files.PutAsync(file, signed, cancellationToken);
        db.StoredFiles.Add(file);
        await SaveAsync(agreement, cancellationToken);
    }

    public Task AmendAsync(TaskAgreement agreement, Award award, int revision, string reason, Guid? userId, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        TaskAgreement.EnsureActive(award);
        // Added explicitly: a new child with its key already set would otherwise be taken for an existing row.
        db.AgreementVersions.Add(agreement.Amend(reason, revision, userId, userName, time.GetUtcNow()));
        return SaveAsync(agreement, cancellationToken);
    }

    private async Task SaveAsync(TaskAgreement agreement, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("agreement.stale", "The agreement was changed since it was opened.", agreement.Revision);
        }
    }
}
