using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Acceptance;

/// <summary>
/// 终止与追回: the record of staff terminating an award — on what ground, what was paid, what is to be recovered (and
/// why less than everything paid, when lowered), and the debarment it brought.
/// </summary>
public sealed class AwardTermination : ITenantOwned
{
    private AwardTermination() { }

    public AwardTermination(
        Award award, TerminationGround ground, string reason, decimal paid, decimal toRecover, string? recoveryNote,
        Guid? debarmentId, int? debarmentYears, DateOnly? debarredUntil, Guid? userId, string userName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(award);
        Id = Guid.CreateVersion7();
        TenantId = award.TenantId;
        AwardId = award.Id;
        OrganizationId = award.OrganizationId;
        Ground = ground;
        Reason = reason.Trim();
        Paid = paid;
        ToRecover = toRecover;
        RecoveryNote = string.IsNullOrWhiteSpace(recoveryNote) ? null : recoveryNote.Trim();
        DebarmentId = debarmentId;
        DebarmentYears = debarmentYears;
        DebarredUntil = debarredUntil;
        RecordedBy = userId;
        RecordedByName = userName;
        RecordedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid AwardId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public TerminationGround Ground { get; private set; }
    public string Reason { get; private set; } = "";
    /// <summary>已拨付 when terminated.</summary>
    public decimal Paid { get; private set; }
    /// <summary>应追回.</summary>
    public decimal ToRecover { get; private set; }
    /// <summary>Why less than everything paid is recovered.</summary>
    public string? RecoveryNote { get; private set; }
    public Guid? DebarmentId { get; private set; }
    public int? DebarmentYears { get; private set; }
    public DateOnly? DebarredUntil { get; private set; }
    public Guid? RecordedBy { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
}
