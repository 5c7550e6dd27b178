namespace GrantPortal.Domain.Applications;

/// <summary>How much a problem with an application matters: an error blocks the submission, a warning does not.</summary>
public enum ProblemSeverity
{
    Error,
    Warning,
}
