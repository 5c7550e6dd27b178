using PdfSharp;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace GrantPortal.Infrastructure.Documents;

/// <summary>
/// The fonts of every PDF the portal makes: one CJK TrueType font (WenQuanYi Micro Hei by default, Debian's
/// fonts-wqy-microhei: Chinese, Latin and digits) under the family <see cref="Family"/>, embedded as a Unicode subset.
/// Configured once per process, before the first document; the AGPL licence of PDFsharp is declared here too.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    /// <summary>The family name documents ask for (bold is simulated).</summary>
    public const string Family = "GrantPortal Sans";

    /// <summary>Where Debian puts the font; <c>GrantPortal:Pdf:FontFile</c> overrides it.</summary>
    public const string DefaultFontFile = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    private static readonly Lock Gate = new();
    private static PdfFonts? configured;
    private readonly byte[] _font;

    private PdfFonts(byte[] font) => _font = font;

    /// <summary>Sets PDFsharp up with the font in <paramref name="fontFile"/> (a .ttf, or a .ttc whose first font is used).</summary>
    public static void EnsureConfigured(string? fontFile = null)
    {
        lock (Gate)
        {
            if (configured is not null)
            {
                return;
            }
            var path = string.IsNullOrWhiteSpace(fontFile) ? DefaultFontFile : fontFile;
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"The PDF font {path} is missing: install Debian's fonts-wqy-microhei or set GrantPortal:Pdf:FontFile.", path);
            }
            PdfSharpLicense.SetAgplLicense();
            configured = new PdfFonts(TrueTypeCollection.Extract(File.ReadAllBytes(path)));
            GlobalFontSettings.FontResolver = configured;
            GlobalFontSettings.DefaultFontEncoding = PdfFontEncoding.Unicode;
        }
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(Family, bold, false);

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => _font;
}
