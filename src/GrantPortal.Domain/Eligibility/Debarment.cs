using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Eligibility;

/// <summary>
/// 取消申报资格: an organisation may not apply to this association's calls from one Beijing date to another (both
/// inclusive), for a recorded reason. Lifted early only with a reason.
/// </summary>
public sealed class Debarment : ITenantOwned
{
    private Debarment() { }

    public Debarment(
        Guid tenantId, Guid organizationId, DebarmentReason reason, DateOnly from, DateOnly until, string? note, Guid? recordedBy, DateTimeOffset now)
    {
        if (until < from)
        {
            throw new DomainException("debarment.until_before_from", "The debarment ends before it starts.");
        }
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        OrganizationId = organizationId;
        Reason = reason;
        From = from;
        Until = until;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        RecordedBy = recordedBy;
        RecordedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public DebarmentReason Reason { get; private set; }
    /// <summary>The first Beijing date the organisation may not apply.</summary>
    public DateOnly From { get; private set; }
    /// <summary>The last Beijing date the organisation may not apply (inclusive).</summary>
    public DateOnly Until { get; private set; }
    public string? Note { get; private set; }
    public Guid? RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset? LiftedAt { get; private set; }
    public Guid? LiftedBy { get; private set; }
    public string? LiftReason { get; private set; }

    public bool IsLifted => LiftedAt is not null;

    /// <summary>In force on the Beijing date <paramref name="today"/>.</summary>
    public bool IsActiveOn(DateOnly today) => !IsLifted && From <= today && today <= Until;

    /// <summary>The last date of a debarment of <paramref name="years"/> years starting on <paramref name="from"/>.</summary>
    public static DateOnly UntilFor(DateOnly from, int years)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        return from.AddYears(years).AddDays(-1);
    }

    /// <summary>解除: ends the debarment now, with a reason.</summary>
    public void Lift(string reason, Guid? userId, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("debarment.reason_required", "A reason is required to lift a debarment.");
        }
        if (IsLifted)
        {
            throw new DomainException("debarment.already_lifted", "The debarment was already lifted.");
        }
        LiftedAt = now;
        LiftedBy = userId;
        LiftReason = reason.Trim();
    }
}
