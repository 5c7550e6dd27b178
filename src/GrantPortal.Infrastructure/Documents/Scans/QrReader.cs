using System.ComponentModel;
using System.Diagnostics;
using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Documents;
using Microsoft.Extensions.Logging;

namespace GrantPortal.Infrastructure.Documents.Scans;

/// <summary>
/// Reads the verification code from the QR code of a scan with Debian's tools: <c>zbarimg</c> (zbar-tools) on an
/// image, or on the first pages of a PDF rendered by <c>pdftoppm -r 150</c> (poppler-utils). Each tool runs with a
/// time limit; a missing tool, a timeout or no readable code gives "not read" (never an error): the applicant can type
/// the code and staff check it against the image.
/// </summary>
public sealed class QrReader(ILogger<QrReader> logger)
{
    /// <summary>How many pages of a PDF are tried (every page carries the code).</summary>
    public const int PdfPages = 3;

    public static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(20);

    public async Task<(string? Code, ScanReadMethod Method)> ReadAsync(byte[] content, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var folder = Directory.CreateTempSubdirectory("gp-scan-");
        try
        {
            var isPdf = contentType.StartsWith("application/pdf", StringComparison.OrdinalIgnoreCase);
            var input = Path.Combine(folder.FullName, isPdf ? "scan.pdf" : "scan.img");
            await File.WriteAllBytesAsync(input, content, cancellationToken);
            var images = new List<string>();
            if (isPdf)
            {
                var (ok, _) = await RunAsync("pdftoppm", ["-r", "150", "-png", "-f", "1", "-l", PdfPages.ToString(System.Globalization.CultureInfo.InvariantCulture), input, Path.Combine(folder.FullName, "page")], cancellationToken);
                if (ok)
                {
                    images.AddRange(Directory.GetFiles(folder.FullName, "page*.png").Order(StringComparer.Ordinal));
                }
            }
            else
            {
                images.Add(input);
            }
            foreach (var image in images)
            {
                var (ok, output) = await RunAsync("zbarimg", ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", image], cancellationToken);
                if (!ok)
                {
                    continue;
                }
                foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (VerificationCode.Normalize(line) is { } code)
                    {
                        return (code, isPdf ? ScanReadMethod.QrFromPdf : ScanReadMethod.QrFromImage);
                    }
                }
            }
            return (null, ScanReadMethod.NotRead);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException e)
            {
                logger.LogWarning("Could not delete {Folder}: {Error}", folder.FullName, e.Message);
            }
        }
    }

    /// <summary>Runs a tool; false when it is missing, fails, or runs out of time (then it is killed).</summary>
    private async Task<(bool Ok, string Output)> RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception();
        }
        catch (Win32Exception)
        {
            logger.LogWarning("{Tool} is not installed: the QR code of scans is not read", tool);
            return (false, "");
        }
        using (process)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(ToolTimeout);
            var output = process.StandardOutput.ReadToEndAsync(limit.Token);
            var errors = process.StandardError.ReadToEndAsync(limit.Token);
            try
            {
                await process.WaitForExitAsync(limit.Token);
                return (process.ExitCode == 0, await output);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                logger.LogWarning("{Tool} ran out of time", tool);
                cancellationToken.ThrowIfCancellationRequested();
                return (false, "");
            }
            finally
            {
                _ = errors;
            }
        }
    }
}
