using GrantPortal.Domain.Applications;

namespace GrantPortal.Domain.Reviews;

/// <summary>
/// What the conflict rules and the automatic assignment need to know of an application: who applies, with whom, whom
/// they ask to avoid, and the text keywords are matched against (title and content).
/// </summary>
public sealed record ReviewedApplication(
    Guid Id, string OrganizationName, IReadOnlyList<string> PartnerNames, IReadOnlyList<AvoidanceRequest> Avoidances, string Text)
{
    /// <summary>From the application, its organisation's name and the values of its latest submission (or its own when none).</summary>
    public static ReviewedApplication Of(GrantApplication application, string organizationName, IReadOnlyDictionary<string, string>? submittedValues = null)
    {
        ArgumentNullException.ThrowIfNull(application);
        var values = submittedValues ?? application.Values;
        var partners = JointApplication.Partners(values).Select(p => p.Name).ToList();
        var text = string.Join("\n", values.Where(v => !Guid.TryParse(v.Value, out _)).Select(v => v.Value));
        return new ReviewedApplication(application.Id, organizationName, partners, application.Avoidances, application.Title + "\n" + text);
    }
}
