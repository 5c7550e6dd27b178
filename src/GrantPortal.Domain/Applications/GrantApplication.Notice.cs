using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Applications;

/// <summary>立项公示 and 立项: an application on the public notice, then approved or not.</summary>
public sealed partial class GrantApplication
{
    /// <summary>公示中: an application in expert review that the confirmed decision approves is on the public notice.</summary>
    public void EnterPublicNotice(Guid? userId, DateTimeOffset now)
    {
        if (Status == ApplicationStatus.PublicNotice)
        {
            return;
        }
        if (Status != ApplicationStatus.ExpertReview)
        {
            throw new DomainException("application.not_in_review", "Only an application in expert review goes on the public notice.");
        }
        Status = ApplicationStatus.PublicNotice;
        Touch(userId, now);
    }

    /// <summary>已立项: the notice closed with every objection resolved and the project was not withdrawn.</summary>
    public void Approve(Guid? userId, DateTimeOffset now)
    {
        if (Status == ApplicationStatus.Approved)
        {
            return;
        }
        if (Status is not (ApplicationStatus.PublicNotice or ApplicationStatus.ExpertReview))
        {
            throw new DomainException("application.not_decidable", "Only an application in review or on the notice can be approved.");
        }
        Status = ApplicationStatus.Approved;
        Touch(userId, now);
    }

    /// <summary>未立项: reviewed but not approved, or withdrawn from the notice after an upheld objection.</summary>
    public void NotApprove(Guid? userId, DateTimeOffset now)
    {
        if (Status == ApplicationStatus.NotApproved)
        {
            return;
        }
        if (Status is not (ApplicationStatus.PublicNotice or ApplicationStatus.ExpertReview))
        {
            throw new DomainException("application.not_decidable", "Only an application in review or on the notice can be decided.");
        }
        Status = ApplicationStatus.NotApproved;
        Touch(userId, now);
    }
}
