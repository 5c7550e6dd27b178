namespace GrantPortal.Domain.Forms;

/// <summary>Who fills a printed opinion block.</summary>
public enum SignOffParty
{
    /// <summary>申报单位.</summary>
    Applicant,
    /// <summary>评审专家.</summary>
    Reviewer,
    /// <summary>科协.</summary>
    Association,
}
