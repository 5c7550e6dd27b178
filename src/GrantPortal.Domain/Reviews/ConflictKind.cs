namespace GrantPortal.Domain.Reviews;

/// <summary>Why an expert may not review an application (利益冲突).</summary>
public enum ConflictKind
{
    /// <summary>The expert works for the applicant.</summary>
    SameOrganization,
    /// <summary>The expert works for one of the application's partner units.</summary>
    PartnerUnit,
    /// <summary>The expert declared a relation to the applicant or a partner unit.</summary>
    DeclaredRelation,
    /// <summary>The applicant asked that this expert not review it.</summary>
    AvoidanceRequested,
    /// <summary>The expert recused themselves from this application.</summary>
    Recused,
}
