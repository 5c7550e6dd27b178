namespace GrantPortal.Domain.Reviews;

/// <summary>
/// 自动分配: fills every open panel place of the applications with an expert of the place's type who is available, not
/// conflicted, not already on (or once recused from, or withdrawn from) the application and below their maximum for the
/// call. The most constrained application is served first; each place goes to the least-loaded candidate (so the loads of
/// one type end within one of each other whenever the conflicts allow), then to the one whose keywords and fields match
/// the application best, then by name. Deterministic: the same input gives the same plan.
/// </summary>
public static class AssignmentPlanner
{
    private static readonly ExpertType[] Types = [ExpertType.Technical, ExpertType.Financial, ExpertType.Management];

    /// <param name="places">How many places of each type each application has.</param>
    /// <param name="applications">The applications to fill (in expert review).</param>
    /// <param name="experts">The association's pool.</param>
    /// <param name="prior">Every assignment already made in the call (any category, any status): loads and exclusions.</param>
    public static AssignmentPlan Plan(
        Func<ExpertType, int> places, IReadOnlyList<ReviewedApplication> applications, IReadOnlyList<Expert> experts, IReadOnlyList<PriorAssignment> prior)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(applications);
        ArgumentNullException.ThrowIfNull(experts);
        ArgumentNullException.ThrowIfNull(prior);
        var pool = experts.OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id).ToList();
        var loads = pool.ToDictionary(e => e.Id, e => prior.Count(p => p.ExpertId == e.Id && p.IsActive));
        var taken = prior.Select(p => (p.ApplicationId, p.ExpertId)).ToHashSet();
        var conflicted = new HashSet<(Guid, Guid)>();
        var matches = new Dictionary<(Guid, Guid), int>();
        foreach (var application in applications)
        {
            var text = OrganizationNames.Normalize(application.Text);
            foreach (var expert in pool)
            {
                if (Conflicts.Any(expert, application))
                {
                    conflicted.Add((application.Id, expert.Id));
                }
                matches[(application.Id, expert.Id)] = expert.Keywords.Concat(expert.Fields)
                    .Select(OrganizationNames.Normalize).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)
                    .Count(k => text.Contains(k, StringComparison.Ordinal));
            }
        }

        var planned = new List<PlannedAssignment>();
        var gaps = new List<AssignmentGap>();
        foreach (var type in Types)
        {
            var ofType = pool.Where(e => e.Type == type).ToList();
            var need = applications.ToDictionary(
                a => a.Id,
                a => Math.Max(0, places(type) - prior.Count(p => p.ApplicationId == a.Id && p.Type == type && p.IsActive)));
            bool Eligible(Guid applicationId, Expert expert) =>
                expert.Available && !conflicted.Contains((applicationId, expert.Id)) && !taken.Contains((applicationId, expert.Id))
                && expert.HasRoomFor(loads[expert.Id]);
            while (true)
            {
                // The application with places left and the fewest candidates goes first (ties: input order).
                var next = applications
                    .Where(a => need[a.Id] > 0)
                    .Select((a, index) => (Application: a, Index: index, Candidates: ofType.Count(e => Eligible(a.Id, e))))
                    .Where(x => x.Candidates > 0)
                    .OrderBy(x => x.Candidates).ThenBy(x => x.Index)
                    .FirstOrDefault();
                if (next.Application is null)
                {
                    break;
                }
                var applicationId = next.Application.Id;
                var expert = ofType.Where(e => Eligible(applicationId, e))
                    .OrderBy(e => loads[e.Id])
                    .ThenByDescending(e => matches[(applicationId, e.Id)])
                    .First();
                planned.Add(new PlannedAssignment(applicationId, expert.Id, type, matches[(applicationId, expert.Id)]));
                taken.Add((applicationId, expert.Id));
                loads[expert.Id]++;
                need[applicationId]--;
            }
            foreach (var application in applications.Where(a => need[a.Id] > 0))
            {
                var available = ofType.Where(e => e.Available).ToList();
                var reason = available.Count == 0 ? AssignmentGapReason.NoExpertOfType
                    : available.All(e => conflicted.Contains((application.Id, e.Id)) || taken.Contains((application.Id, e.Id))) ? AssignmentGapReason.AllConflicted
                    : AssignmentGapReason.AllAtMaximum;
                gaps.Add(new AssignmentGap(application.Id, type, need[application.Id], reason));
            }
        }
        return new AssignmentPlan(planned, gaps, loads);
    }
}
