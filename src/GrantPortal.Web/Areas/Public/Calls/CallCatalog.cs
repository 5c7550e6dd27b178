using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Web.Areas.Public.Calls;

/// <summary>
/// The published calls of the current association with their category trees, read as projections (no notice
/// text, no form schemas): what an association's home and call pages list.
/// </summary>
public static class CallCatalog
{
    public static async Task<IReadOnlyList<CallSummary>> PublishedAsync(PortalDbContext db, DateTimeOffset now, Guid? callId, CancellationToken cancellationToken)
    {
        // Both queries on one open connection: EF would otherwise open (and the tenant interceptor set app.tenant_id
        // on) a pooled connection for each. The interceptor still runs on this open, so row-level security is unchanged.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await QueryAsync(db, now, callId, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Compiled once: the busiest public page skips EF's per-execution expression processing (it allocated ~190 KiB a
    // request). The tenant query filter still applies, read from the context at execution.
    private static readonly Func<PortalDbContext, Guid?, IAsyncEnumerable<CallRow>> PublishedCalls = EF.CompileAsyncQuery(
        (PortalDbContext db, Guid? callId) => db.Calls.AsNoTracking()
            .Where(c => c.Status == CallStatus.Published && (callId == null || c.Id == callId))
            .OrderByDescending(c => c.Year).ThenBy(c => c.Title)
            .Select(c => new CallRow(
                c.Id, c.Year, c.Title, c.DocumentNumber, c.IssuedOn, c.Status, c.OpensAt, c.SubmissionDeadline, c.SubmissionDeadlineIsEndOfDay,
                c.ClosedAt, c.ApplicationLimitPerOrganization, c.Disbursement, c.Contacts, c.Eligibility)));

    private static readonly Func<PortalDbContext, Guid[], IAsyncEnumerable<Node>> CategoriesOf = EF.CompileAsyncQuery(
        (PortalDbContext db, Guid[] callIds) => db.Categories.AsNoTracking()
            .Where(n => callIds.Contains(n.CallId))
            .Select(n => new Node(n.Id, n.CallId, n.ParentId, n.SortOrder, n.Code, n.Name, n.BudgetCap, n.QuotaMin, n.QuotaMax,
                n.AmountKind, n.AmountMin, n.AmountMax, n.AmountOptions, n.AmountOtherwise, n.AmountNote, n.Eligibility, n.Contact, n.Forms.Any())));

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in source.WithCancellation(cancellationToken))
        {
            list.Add(item);
        }
        return list;
    }

    private static async Task<IReadOnlyList<CallSummary>> QueryAsync(PortalDbContext db, DateTimeOffset now, Guid? callId, CancellationToken cancellationToken)
    {
        var calls = await ToListAsync(PublishedCalls(db, callId), cancellationToken);
        var nodes = await ToListAsync(CategoriesOf(db, calls.Select(c => c.Id).ToArray()), cancellationToken);
        var byCall = nodes.ToLookup(n => n.CallId);
        return calls.Select(c =>
        {
            var tree = byCall[c.Id].ToList();
            var byId = tree.ToDictionary(n => n.Id);
            var rows = new List<CategoryRow>();
            void Walk(Guid? parentId, int depth)
            {
                foreach (var node in tree.Where(n => n.ParentId == parentId).OrderBy(n => n.SortOrder))
                {
                    rows.Add(new CategoryRow(
                        node.Id, depth, node.Code, node.Name, node.HasForm, node.BudgetCap, new Quota(node.QuotaMin, node.QuotaMax),
                        Inherited(node, byId, n => n.AmountRule),
                        (Inherited(node, byId, n => n.Eligibility) ?? c.Eligibility).ApplicantTypes,
                        Inherited(node, byId, n => n.Contact) ?? (c.Contacts.Count > 0 ? c.Contacts[0] : null),
                        SameAsParent: node.ParentId is not null && node.Eligibility is null && node.Contact is null));
                    Walk(node.Id, depth + 1);
                }
            }
            Walk(null, 0);
            var roots = rows.Where(r => r.Depth == 0).ToList();
            return new CallSummary(
                c.Id, c.Year, c.Title, c.DocumentNumber, c.IssuedOn,
                GrantCall.PhaseOf(c.Status, c.OpensAt, c.SubmissionDeadline, c.ClosedAt, now),
                c.OpensAt, c.SubmissionDeadline, c.SubmissionDeadlineIsEndOfDay, c.ApplicationLimitPerOrganization, c.Disbursement, c.Contacts,
                roots.All(r => r.BudgetCap is not null) && roots.Count > 0 ? roots.Sum(r => r.BudgetCap!.Value) : null,
                rows);
        }).ToList();
    }

    private static T? Inherited<T>(Node node, Dictionary<Guid, Node> byId, Func<Node, T?> value)
        where T : class
    {
        for (Node? current = node; current is not null; current = current.ParentId is { } p ? byId[p] : null)
        {
            if (value(current) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    private sealed record CallRow(
        Guid Id, int Year, string Title, string? DocumentNumber, DateOnly? IssuedOn, CallStatus Status, DateTimeOffset? OpensAt,
        DateTimeOffset? SubmissionDeadline, bool SubmissionDeadlineIsEndOfDay, DateTimeOffset? ClosedAt, int? ApplicationLimitPerOrganization,
        IReadOnlyList<TrancheRule> Disbursement, IReadOnlyList<ContactPerson> Contacts, Eligibility Eligibility);

    private sealed record Node(
        Guid Id, Guid CallId, Guid? ParentId, int SortOrder, string Code, string Name, decimal? BudgetCap, int? QuotaMin, int? QuotaMax,
        AmountRuleKind? AmountKind, decimal? AmountMin, decimal? AmountMax, IReadOnlyList<AmountOption> AmountOptions, decimal? AmountOtherwise,
        string? AmountNote, Eligibility? Eligibility, ContactPerson? Contact, bool HasForm)
    {
        public AmountRule? AmountRule => AmountKind is { } kind
            ? new AmountRule { Kind = kind, Min = AmountMin, Max = AmountMax, Options = AmountOptions, Otherwise = AmountOtherwise, Note = AmountNote }
            : null;
    }
}
