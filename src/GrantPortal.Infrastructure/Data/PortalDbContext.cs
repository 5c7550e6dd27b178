using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calendar;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Forms;
using GrantPortal.Domain.Organizations;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Identity;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Data;

/// <summary>
/// The portal's database. Every tenant-owned entity carries the named query filter <see cref="TenantFilter"/>,
/// so a query sees the current association's rows only; crossing tenants needs an explicit IgnoreQueryFilters.
/// </summary>
public sealed class PortalDbContext : IdentityUserContext<PortalUser, Guid>
{
    public const string TenantFilter = "Tenant";

    private readonly TenantContext _tenant;

    public PortalDbContext(DbContextOptions<PortalDbContext> options, TenantContext tenant)
        : base(options)
    {
        _tenant = tenant;
    }

    public DbSet<Association> Associations => Set<Association>();
    public DbSet<TenantMembership> Memberships => Set<TenantMembership>();
    public DbSet<ApplicantOrganization> Organizations => Set<ApplicantOrganization>();
    public DbSet<GrantCall> Calls => Set<GrantCall>();
    public DbSet<GrantCategory> Categories => Set<GrantCategory>();
    public DbSet<FormDefinition> Forms => Set<FormDefinition>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<CalendarChange> CalendarChanges => Set<CalendarChange>();
    public DbSet<CallAuditEntry> CallAuditEntries => Set<CallAuditEntry>();
    public DbSet<GrantApplication> Applications => Set<GrantApplication>();
    public DbSet<ApplicationSubmission> ApplicationSubmissions => Set<ApplicationSubmission>();
    public DbSet<Domain.Files.StoredFile> StoredFiles => Set<Domain.Files.StoredFile>();
    public DbSet<Domain.Files.StoredFileContent> StoredFileContents => Set<Domain.Files.StoredFileContent>();
    public DbSet<Domain.Eligibility.OrganizationFact> OrganizationFacts => Set<Domain.Eligibility.OrganizationFact>();
    public DbSet<Domain.Eligibility.Debarment> Debarments => Set<Domain.Eligibility.Debarment>();
    public DbSet<OrganizationInvitation> OrganizationInvitations => Set<OrganizationInvitation>();
    public DbSet<GrantPortal.Domain.Notifications.Notification> Notifications => Set<GrantPortal.Domain.Notifications.Notification>();
    public DbSet<GrantPortal.Domain.Notifications.OutboxEmail> OutboxEmails => Set<GrantPortal.Domain.Notifications.OutboxEmail>();
    public DbSet<GrantPortal.Domain.Reviews.Expert> Experts => Set<GrantPortal.Domain.Reviews.Expert>();
    public DbSet<GrantPortal.Domain.Reviews.ReviewAssignment> ReviewAssignments => Set<GrantPortal.Domain.Reviews.ReviewAssignment>();
    public DbSet<GrantPortal.Domain.Reviews.ReviewScore> ReviewScores => Set<GrantPortal.Domain.Reviews.ReviewScore>();
    public DbSet<GrantPortal.Domain.FormalChecks.FormalCheckDecision> FormalCheckDecisions => Set<GrantPortal.Domain.FormalChecks.FormalCheckDecision>();
    public DbSet<GrantPortal.Domain.Reviews.ReviewForm> ReviewForms => Set<GrantPortal.Domain.Reviews.ReviewForm>();
    public DbSet<GrantPortal.Domain.Reviews.ScoreSheetDraft> ScoreSheetDrafts => Set<GrantPortal.Domain.Reviews.ScoreSheetDraft>();
    public DbSet<GrantPortal.Domain.Reviews.ScoreSheetReminder> ScoreSheetReminders => Set<GrantPortal.Domain.Reviews.ScoreSheetReminder>();
    // Issue 6 part D (ranking): the panel's decision, its lines and its append-only change log.
    public DbSet<GrantPortal.Domain.Reviews.PanelDecision> PanelDecisions => Set<GrantPortal.Domain.Reviews.PanelDecision>();
    public DbSet<GrantPortal.Domain.Reviews.DecisionLine> DecisionLines => Set<GrantPortal.Domain.Reviews.DecisionLine>();
    public DbSet<GrantPortal.Domain.Reviews.DecisionChange> DecisionChanges => Set<GrantPortal.Domain.Reviews.DecisionChange>();
    // Issue 5 part B (sealed scans, exports, signing).
    public DbSet<GrantPortal.Domain.Documents.SealedScan> SealedScans => Set<GrantPortal.Domain.Documents.SealedScan>();
    public DbSet<GrantPortal.Domain.Documents.ExportJob> ExportJobs => Set<GrantPortal.Domain.Documents.ExportJob>();
    public DbSet<GrantPortal.Domain.Documents.ExportArchive> ExportArchives => Set<GrantPortal.Domain.Documents.ExportArchive>();
    public DbSet<GrantPortal.Domain.Documents.SigningCertificate> SigningCertificates => Set<GrantPortal.Domain.Documents.SigningCertificate>();
    public DbSet<GrantPortal.Domain.Reviews.ReviewPanel> ReviewPanels => Set<GrantPortal.Domain.Reviews.ReviewPanel>();
    // Issue 8 (losing nothing): the data-protection key ring every app instance shares.
    public DbSet<DataProtectionKeys.DataProtectionKey> DataProtectionKeys => Set<DataProtectionKeys.DataProtectionKey>();
    // Issue 7: awards (立项项目), their tranches and recoveries.
    public DbSet<GrantPortal.Domain.Awards.Award> Awards => Set<GrantPortal.Domain.Awards.Award>();
    public DbSet<GrantPortal.Domain.Awards.AwardTranche> AwardTranches => Set<GrantPortal.Domain.Awards.AwardTranche>();
    public DbSet<GrantPortal.Domain.Awards.AwardRecovery> AwardRecoveries => Set<GrantPortal.Domain.Awards.AwardRecovery>();
    // Issue 7 part "acceptance, clawback and debarment": acceptance materials and award terminations.
    public DbSet<GrantPortal.Domain.Acceptance.AcceptanceSubmission> AcceptanceSubmissions => Set<GrantPortal.Domain.Acceptance.AcceptanceSubmission>();
    public DbSet<GrantPortal.Domain.Acceptance.AwardTermination> AwardTerminations => Set<GrantPortal.Domain.Acceptance.AwardTermination>();
    // Issue 7 part "public notice" (立项公示): the notice, its listed projects and the objections filed against it.
    public DbSet<GrantPortal.Domain.Notices.PublicNotice> PublicNotices => Set<GrantPortal.Domain.Notices.PublicNotice>();
    public DbSet<GrantPortal.Domain.Notices.NoticeLine> NoticeLines => Set<GrantPortal.Domain.Notices.NoticeLine>();
    public DbSet<GrantPortal.Domain.Notices.Objection> Objections => Set<GrantPortal.Domain.Notices.Objection>();
    // Issue 7, money and dashboards: the append-only payment journal (拨付流水).
    public DbSet<GrantPortal.Domain.Awards.PaymentEntry> PaymentEntries => Set<GrantPortal.Domain.Awards.PaymentEntry>();
    // Issue 7, task agreement (任务书): the agreement of an award and its versions.
    public DbSet<GrantPortal.Domain.Agreements.TaskAgreement> TaskAgreements => Set<GrantPortal.Domain.Agreements.TaskAgreement>();
    public DbSet<GrantPortal.Domain.Agreements.AgreementVersion> AgreementVersions => Set<GrantPortal.Domain.Agreements.AgreementVersion>();
    // Issue 7 part "mid-term evaluation and change requests": 中期报告 with its append-only history, 变更申请.
    public DbSet<GrantPortal.Domain.Progress.MidTermReport> MidTermReports => Set<GrantPortal.Domain.Progress.MidTermReport>();
    public DbSet<GrantPortal.Domain.Progress.MidTermEvent> MidTermEvents => Set<GrantPortal.Domain.Progress.MidTermEvent>();
    public DbSet<GrantPortal.Domain.Progress.ChangeRequest> ChangeRequests => Set<GrantPortal.Domain.Progress.ChangeRequest>();

    public TenantContext Tenant => _tenant;

    // Read by the query filters on every query (EF parameterises it), so one model serves every tenant.
    private Guid? CurrentTenantId => _tenant.TenantId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        builder.Entity<PortalUser>().ToTable("users");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().ToTable("user_tokens");

        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)).ToList())
        {
            typeof(PortalDbContext).GetMethod(nameof(ApplyTenantFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(entity.ClrType)
                .Invoke(this, [builder]);
        }
        SnakeCaseNames.Apply(builder);
    }

    private void ApplyTenantFilter<T>(ModelBuilder builder)
        where T : class, ITenantOwned
    {
        builder.Entity<T>().HasQueryFilter(TenantFilter, e => e.TenantId == CurrentTenantId);
        builder.Entity<T>().HasIndex(e => e.TenantId);
    }
}
