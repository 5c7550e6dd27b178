using System.Globalization;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Notices;

/// <summary>
/// 异议: filed by anyone, without signing in, while the notice is open — name, organisation, phone and/or e-mail and
/// reasons, optionally about one project. Staff record how it was handled (处理情况) and the outcome (处理结果):
/// upheld (异议成立) or dismissed (异议不成立). The awards become final only when none is pending.
/// </summary>
public sealed class Objection : ITenantOwned
{
    public const int MinReasonsLength = 20;
    public const int MaxReasonsLength = 5000;

    private Objection() { }

    private Objection(PublicNotice notice, Guid? lineId, string name, string? organization, string? phone, string? email, string reasons, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        TenantId = notice.TenantId;
        NoticeId = notice.Id;
        LineId = lineId;
        FilerName = name;
        FilerOrganization = organization;
        Phone = phone;
        Email = email;
        Reasons = reasons;
        FiledAt = now;
        Status = ObjectionStatus.Pending;
        Reference = "YY" + BeijingTime.ToBeijing(now).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-"
            + Id.ToString("N")[^6..].ToUpperInvariant();
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid NoticeId { get; private set; }
    /// <summary>The project it concerns (null: the notice as a whole).</summary>
    public Guid? LineId { get; private set; }
    /// <summary>受理编号 given to the filer: "YY20260924-3F9A1C".</summary>
    public string Reference { get; private set; } = "";
    public string FilerName { get; private set; } = "";
    public string? FilerOrganization { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string Reasons { get; private set; } = "";
    public DateTimeOffset FiledAt { get; private set; }
    public ObjectionStatus Status { get; private set; }
    /// <summary>处理情况: what staff did (verification, hearing …).</summary>
    public string? Handling { get; private set; }
    /// <summary>处理结果: the outcome as told to the filer.</summary>
    public string? Outcome { get; private set; }
    public Guid? HandledBy { get; private set; }
    public string? HandledByName { get; private set; }
    public DateTimeOffset? HandledAt { get; private set; }

    /// <summary>
    /// 提出异议: refused after the notice has closed (notice.closed), for a project not on it, without a name, without
    /// any way to reach the filer (phone or e-mail), or with reasons shorter than <see cref="MinReasonsLength"/>.
    /// </summary>
    public static Objection File(
        PublicNotice notice, Guid? lineId, string name, string? organization, string? phone, string? email, string reasons, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (!notice.IsOpenAt(now))
        {
            throw new DomainException("notice.closed", "The notice period has ended.", notice.ClosesAt);
        }
        if (lineId is { } id && notice.Lines.All(l => l.Id != id))
        {
            throw new DomainException("notice.unknown_line", "The project is not on this notice.");
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("objection.name_required", "A name is required.");
        }
        if (string.IsNullOrWhiteSpace(phone) && string.IsNullOrWhiteSpace(email))
        {
            throw new DomainException("objection.contact_required", "A phone number or e-mail address is required.");
        }
        var why = reasons?.Trim() ?? "";
        if (why.Length < MinReasonsLength)
        {
            throw new DomainException("objection.reasons_short", "The reasons are too short.", MinReasonsLength);
        }
        return new Objection(notice, lineId, name.Trim(), Blank(organization), Blank(phone), Blank(email), why, now);
    }

    /// <summary>处理: upheld or dismissed, with the handling and the outcome; only once.</summary>
    public void Handle(bool upheld, string handling, string outcome, Guid? userId, string userName, DateTimeOffset now)
    {
        if (Status != ObjectionStatus.Pending)
        {
            throw new DomainException("objection.handled", "The objection was already handled.");
        }
        if (string.IsNullOrWhiteSpace(handling) || string.IsNullOrWhiteSpace(outcome))
        {
            throw new DomainException("objection.handling_required", "The handling and the outcome are required.");
        }
        Status = upheld ? ObjectionStatus.Upheld : ObjectionStatus.Dismissed;
        Handling = handling.Trim();
        Outcome = outcome.Trim();
        HandledBy = userId;
        HandledByName = userName;
        HandledAt = now;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
