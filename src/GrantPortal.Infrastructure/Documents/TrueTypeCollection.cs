using System.Buffers.Binary;

namespace GrantPortal.Infrastructure.Documents;

/// <summary>
/// Takes one font out of a TrueType collection (.ttc) as a stand-alone .ttf, which PDFsharp needs: the font's table
/// directory with its tables copied after it, offsets recomputed (Debian's CJK fonts ship as collections).
/// </summary>
public static class TrueTypeCollection
{
    /// <summary>The font at <paramref name="index"/> of a collection; a plain .ttf is returned as it is.</summary>
    public static byte[] Extract(ReadOnlySpan<byte> file, int index = 0)
    {
        if (file.Length < 12 || !file[..4].SequenceEqual("ttcf"u8))
        {
            return file.ToArray();
        }
        var fonts = BinaryPrimitives.ReadUInt32BigEndian(file[8..]);
        if (index < 0 || index >= fonts)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"The collection holds {fonts} fonts.");
        }
        var directory = (int)BinaryPrimitives.ReadUInt32BigEndian(file[(12 + index * 4)..]);
        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(file[(directory + 4)..]);
        var headerLength = 12 + tableCount * 16;
        var tables = new List<(int Record, int Offset, int Length)>(tableCount);
        var size = headerLength;
        for (var i = 0; i < tableCount; i++)
        {
            var record = directory + 12 + i * 16;
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(file[(record + 8)..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(file[(record + 12)..]);
            tables.Add((record, offset, length));
            size += (length + 3) & ~3;
        }
        var output = new byte[size];
        file.Slice(directory, headerLength).CopyTo(output);
        var position = headerLength;
        for (var i = 0; i < tables.Count; i++)
        {
            var (_, offset, length) = tables[i];
            file.Slice(offset, length).CopyTo(output.AsSpan(position));
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(12 + i * 16 + 8), (uint)position);
            position += (length + 3) & ~3;
        }
        return output;
    }
}
