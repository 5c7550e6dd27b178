using System.Diagnostics;

namespace GrantPortal.IntegrationTests.Documents.Signing;

/// <summary>Runs a Poppler tool (pdfsig, pdftotext, pdftoppm) on a PDF and returns its standard output.</summary>
public static class Poppler
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Writes <paramref name="pdf"/> to a temporary file, runs the tool on it, deletes the file.</summary>
    public static async Task<string> OnAsync(byte[] pdf, string tool, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gp-export-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var (_, output) = await RunAsync(tool, [.. arguments, path, .. tool == "pdftotext" ? new[] { "-" } : []]);
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
