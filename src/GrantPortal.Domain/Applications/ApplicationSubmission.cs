using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Applications;

/// <summary>
/// 提交版本: what was submitted, exactly, each time (version 1, 2 … after a withdrawal and a resubmission). Never
/// changed; the application's last submission is the one that counts.
/// </summary>
public sealed class ApplicationSubmission : ITenantOwned
{
    private ApplicationSubmission() { }

    internal ApplicationSubmission(GrantApplication application, int version, DateTimeOffset at, Guid? userId)
    {
        Id = Guid.CreateVersion7();
        TenantId = application.TenantId;
        ApplicationId = application.Id;
        Version = version;
        SubmittedAt = at;
        SubmittedBy = userId;
        FormDefinitionId = application.FormDefinitionId;
        Title = application.Title;
        RequestedAmount = application.RequestedAmount;
        Values = new Dictionary<string, string>(application.Values, StringComparer.Ordinal);
        VerificationCode = Applications.VerificationCode.For(ApplicationId, version, FormDefinitionId, Title, RequestedAmount, Values);
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public int Version { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public Guid? SubmittedBy { get; private set; }
    public Guid FormDefinitionId { get; private set; }
    public string Title { get; private set; } = "";
    public decimal? RequestedAmount { get; private set; }
    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();
    /// <summary>校验码 of this version (see <see cref="Applications.VerificationCode"/>), unique in the portal.</summary>
    public string VerificationCode { get; private set; } = "";
}
