namespace GrantPortal.Domain.Calls;

/// <summary>Where staff have taken a call.</summary>
public enum CallStatus
{
    /// <summary>草稿: staff only.</summary>
    Draft,
    /// <summary>已发布.</summary>
    Published,
}
