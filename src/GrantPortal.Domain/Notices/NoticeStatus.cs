namespace GrantPortal.Domain.Notices;

/// <summary>Where a public notice (立项公示) stands; derived from the clock, so it closes by itself.</summary>
public enum NoticeStatus
{
    /// <summary>公示中: objections may be filed.</summary>
    Open,
    /// <summary>公示期满: waiting for every objection to be resolved and the awards to be made final.</summary>
    Closed,
    /// <summary>已立项: the awards were made.</summary>
    Finalised,
}
