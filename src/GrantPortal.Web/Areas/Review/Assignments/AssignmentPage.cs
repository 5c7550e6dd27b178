using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Forms;
using GrantPortal.Domain.Reviews;
using GrantPortal.Web.Views.Shared.Forms;

namespace GrantPortal.Web.Areas.Review.Assignments;

/// <summary>The application an expert reviews: the submitted version, read-only, with its files; and the recusal form.</summary>
public sealed record AssignmentPage(
    ReviewAssignment Assignment, string CallTitle, string CategoryName, ApplicationSubmission Submission, string? Number,
    FormSchema Schema, IReadOnlyDictionary<string, UploadedFileLink> Files)
{
    public string? ReasonError { get; init; }
}
