using System.Diagnostics;
using System.Text.RegularExpressions;

namespace GrantPortal.IntegrationTests.Documents.ApplicationPdf;

/// <summary>A PDF on disk and what poppler (and zbar) read from it: text per page, fonts, page count, a page as PNG.</summary>
internal sealed partial class Poppler : IDisposable
{
    private readonly string _path;

    public Poppler(byte[] pdf)
    {
        _path = Path.Combine(Path.GetTempPath(), $"gp-pdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(_path, pdf);
    }

    public async Task<int> PagesAsync() =>
        int.Parse(PagesLine().Match(await RunAsync("pdfinfo", _path)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    public Task<string> TextAsync(int? page = null) =>
        RunAsync("pdftotext", page is { } p ? $"-f {p} -l {p} {_path} -" : $"{_path} -");

    /// <summary>Page <paramref name="page"/> with its layout kept (pdftotext -layout).</summary>
    public Task<string> LayoutTextAsync(int page) => RunAsync("pdftotext", $"-layout -f {page} -l {page} {_path} -");

    public Task<string> FontsAsync() => RunAsync("pdffonts", _path);

    /// <summary>Page <paramref name="page"/> as a PNG at <paramref name="dpi"/>, written to <paramref name="target"/>.</summary>
    public async Task RenderAsync(int page, int dpi, string target)
    {
        var prefix = Path.Combine(Path.GetTempPath(), $"gp-page-{Guid.NewGuid():N}");
        await RunAsync("pdftoppm", $"-png -r {dpi} -f {page} -l {page} -singlefile {_path} {prefix}");
        File.Move(prefix + ".png", target, overwrite: true);
    }

    /// <summary>What zbarimg reads from a PNG; null when zbar-tools is not installed.</summary>
    public static async Task<string?> ReadQrAsync(string png)
    {
        if (!File.Exists("/usr/bin/zbarimg"))
        {
            return null;
        }
        return (await RunAsync("zbarimg", $"-q --raw {png}")).Trim();
    }

    /// <summary>Text without any whitespace, to compare content regardless of where lines were broken.</summary>
    public static string Squeeze(string text) => WhiteSpace().Replace(text, "");

    public static async Task<string> RunAsync(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} {arguments} failed ({process.ExitCode}): {await error}");
        return await output;
    }

    public void Dispose() => File.Delete(_path);

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
