namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>What normalisation did with one reviewer's totals.</summary>
public enum ReviewerScaleHandling
{
    /// <summary>z = (x − mean) / sd, mapped onto the pool: pool mean + z × pool sd.</summary>
    Rescaled,
    /// <summary>Only one total: nothing to measure the reviewer's harshness against, so it is kept as given.</summary>
    KeptSingle,
    /// <summary>Several totals, all equal: the reviewer expressed no preference, so each maps to the pool mean.</summary>
    ShiftedFlat,
    /// <summary>The pool itself has no spread (or one score): everything is kept as given.</summary>
    KeptPoolFlat,
}
