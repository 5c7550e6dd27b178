namespace GrantPortal.Infrastructure.Files;

/// <summary>
/// What one sweep of the directory store found: files no row refers to (<see cref="Orphans"/>), temporary files of
/// writes that never finished (<see cref="Temporaries"/>) — both removed unless <see cref="DryRun"/> — and rows whose
/// bytes are gone (<see cref="Missing"/>), which are only reported: nothing can bring them back, and a person must look.
/// </summary>
public sealed record FileSweepReport(bool DryRun, IReadOnlyList<SweptFile> Orphans, IReadOnlyList<SweptFile> Temporaries, IReadOnlyList<MissingFile> Missing)
{
    public int Count => Orphans.Count + Temporaries.Count;

    public long Bytes => Orphans.Sum(f => f.Bytes) + Temporaries.Sum(f => f.Bytes);
}
