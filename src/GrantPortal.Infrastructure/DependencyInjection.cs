using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Data.Interceptors;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GrantPortal.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddPortalInfrastructure(this IServiceCollection services, PortalDatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<TenantContext>();
        services.AddSingleton<TenantSaveGuardInterceptor>();
        services.AddSingleton<TenantSessionInterceptor>();
        services.AddSingleton<CallInvariantsInterceptor>();
        services.AddSingleton(_ =>
        {
            var dataSource = new NpgsqlDataSourceBuilder(options.AppConnectionString);
            if (dataSource.ConnectionStringBuilder.MaxAutoPrepare == 0)
            {
                dataSource.ConnectionStringBuilder.MaxAutoPrepare = 64;
                dataSource.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
            }
            // Issue 8 (load): a bounded pool, unless the connection string sets one. On deadline day requests wait a
            // moment for a connection instead of overrunning the server's max_connections (100 by default, shared
            // with the owner role, the workers and backups): the load bench saw "remaining connection slots are
            // reserved" with the default of 100.
            if (!Specified(options.AppConnectionString, "maxpoolsize", "maximumpoolsize"))
            {
                dataSource.ConnectionStringBuilder.MaxPoolSize = 40;
            }
            // Issue 8 (load): Npgsql closes the connections that stayed idle over 5 minutes. Under a steady rush the
            // next burst then opened 20–30 new ones at once, each a new PostgreSQL backend preparing its statements
            // again: every 5 minutes both cores were busy for 1–2 s and every request waited (seen in the load bench;
            // with the idle lifetime at 30 s the stalls came every 30 s). So half the pool stays open, and the rest
            // closes only after 15 idle minutes, unless the connection string says otherwise.
            if (!Specified(options.AppConnectionString, "minpoolsize", "minimumpoolsize"))
            {
                dataSource.ConnectionStringBuilder.MinPoolSize = Math.Min(20, dataSource.ConnectionStringBuilder.MaxPoolSize / 2);
            }
            if (!Specified(options.AppConnectionString, "connectionidlelifetime"))
            {
                dataSource.ConnectionStringBuilder.ConnectionIdleLifetime = 900;
            }
            return dataSource.Build();
        });
        services.AddDbContext<PortalDbContext>((sp, builder) => builder
            .UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>())
            .AddInterceptors(
                sp.GetRequiredService<TenantSaveGuardInterceptor>(),
                sp.GetRequiredService<CallInvariantsInterceptor>(),
                sp.GetRequiredService<TenantSessionInterceptor>()));
        services.AddSingleton<AssociationDirectory>();
        services.AddScoped<Calls.CallEditor>();
        services.AddScoped<Applications.ApplicationSubmitter>();
        // 查重 fingerprints by application and revision (issue 8, load): each text is split into bigrams once, not per submission.
        services.AddSingleton<Applications.SimilarityFingerprints>();
        services.AddScoped<EligibilityChecks.EligibilityService>();
        services.AddSingleton<Calendar.WorkingCalendarProvider>();
        services.AddSingleton<DatabaseInitializer>();
        // Issue 7 part "acceptance, clawback and debarment" (验收, 追回, 取消资格).
        services.AddScoped<Acceptance.AcceptanceCases>();
        // Issue 6, formal check (形式审查).
        services.AddScoped<FormalChecks.FormalCheckService>();
        services.AddSingleton<FormalChecks.ChecklistSummaryCache>();
        // Issue 6 part D (ranking): the ranking and allocation of a call, and the panel's decision.
        services.AddScoped<Reviews.Ranking.RankingService>();
        services.AddScoped<Reviews.Ranking.DecisionService>();
        // Issue 6, part B (experts, conflicts, panels, assignment)
        services.AddScoped<Reviews.ReviewedApplications>();
        services.AddScoped<Reviews.ReviewerAccess>();
        services.AddScoped<Reviews.AssignmentService>();
        services.AddScoped<Reviews.ExpertAccounts>();
        // end of issue 6, part B
        // Issue 7, public notice (立项公示): the notice service and the background finaliser (公示期满自动立项).
        services.AddScoped<Notices.NoticeService>();
        services.AddSingleton<Notices.NoticeFinaliser>();
        services.AddHostedService(sp => sp.GetRequiredService<Notices.NoticeFinaliser>());
        // end of issue 7, public notice
        // Issue 7, money and dashboards: payments, recoveries and the payment journal.
        services.AddScoped<Awards.AwardPayments>();
        // Issue 7, task agreement (任务书): content from the application, the steps, the PDF and its public verification.
        services.AddScoped<Agreements.AgreementContentBuilder>();
        services.AddScoped<Agreements.AgreementService>();
        services.AddScoped<Documents.Agreements.TaskAgreementPdf>();
        services.AddScoped<Documents.Agreements.AgreementVerificationLookup>();
        // end of issue 7, task agreement
        return services;
    }

    /// <summary>Whether the connection string sets one of <paramref name="keys"/> (lower case, without spaces: "maxpoolsize").</summary>
    private static bool Specified(string connectionString, params string[] keys)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.Keys.Cast<string>().Any(k => keys.Contains(k.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()));
    }
}
