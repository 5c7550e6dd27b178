namespace GrantPortal.Infrastructure.Files;

/// <summary>A file the sweep removed (or, in a dry run, would remove): where it is, its size and when it was last written.</summary>
public sealed record SweptFile(string Path, long Bytes, DateTime LastWriteUtc);
