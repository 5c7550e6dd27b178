using GrantPortal.Domain.Reviews.Ranking;
using GrantPortal.Infrastructure.Reviews.Ranking;

namespace GrantPortal.Web.Areas.Staff.Rankings;

/// <summary>The ranking page: options, review progress, the ranked groups and the totals per level.</summary>
public sealed record RankingPage(RankingSnapshot Snapshot, RankingOptions Options, string ExportQuery);
