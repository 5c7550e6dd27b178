namespace GrantPortal.Domain.Documents;

/// <summary>What an export takes: one application, every submitted application of a category, or of a whole call.</summary>
public enum ExportScope
{
    Application,
    Category,
    Call,
}
