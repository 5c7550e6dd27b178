using GrantPortal.Domain.Calls;

namespace GrantPortal.Domain.Acceptance;

/// <summary>
/// 取消申报资格的年限: the call's rule for the reason (Shanxi: non-completion, the next year = 1; Hunan: falsification,
/// 3 years), else 1 year for non-completion and 3 for falsification or subcontracting. A debarment starts on the day it
/// is recorded, so one year covers the next yearly call.
/// </summary>
public static class DebarmentTerms
{
    public static DebarmentReason ReasonFor(TerminationGround ground) => ground switch
    {
        TerminationGround.Falsification => DebarmentReason.Falsification,
        TerminationGround.Subcontracting => DebarmentReason.Subcontracting,
        _ => DebarmentReason.NonCompletion,
    };

    public static int DefaultYears(DebarmentReason reason) => reason == DebarmentReason.NonCompletion ? 1 : 3;

    /// <summary>The years for <paramref name="reason"/> under the call's <paramref name="rules"/>.</summary>
    public static int YearsFor(DebarmentReason reason, IReadOnlyList<DebarmentRule>? rules) =>
        rules?.Where(r => r.Reason == reason && r.Years > 0).Select(r => (int?)r.Years).Max() ?? DefaultYears(reason);
}
