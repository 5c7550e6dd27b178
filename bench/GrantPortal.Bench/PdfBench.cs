using System.Diagnostics;
using System.Globalization;
using GrantPortal.Infrastructure.Documents;
using PdfSharp.Pdf.IO;

namespace GrantPortal.Bench;

/// <summary>
/// Documents per second of the application PDF (a three-page form) on one thread, wall clock and CPU time, and in the
/// same run the same form printed to PDF by headless Chromium (one browser launch per document). See bench/README.md.
/// </summary>
internal static class PdfBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 10);
        var chromiumRuns = Option(args, "--chromium", 10);
        var output = OptionText(args, "--out") ?? Path.Combine(Path.GetTempPath(), "gp-pdf-bench");
        Directory.CreateDirectory(output);
        PdfFonts.EnsureConfigured();
        var model = PdfSample.Model();
        var sample = ApplicationPdfLayout.Render(model, DateTimeOffset.UtcNow);
        await File.WriteAllBytesAsync(Path.Combine(output, "application.pdf"), sample);
        using (var stream = new MemoryStream(sample))
        {
            var pages = PdfReader.Open(stream, PdfDocumentOpenMode.Import).PageCount;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GrantPortal PDF bench: .NET {Environment.Version}, {Environment.ProcessorCount} core(s) visible, sample {pages} pages, {sample.Length / 1024.0:0.0} KB -> {output}/application.pdf"));
        }

        for (var i = 0; i < 30; i++)
        {
            ApplicationPdfLayout.Render(model, DateTimeOffset.UtcNow);
        }
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var documents = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            ApplicationPdfLayout.Render(model, DateTimeOffset.UtcNow);
            documents++;
        }
        clock.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"PDFsharp   {documents} documents in {clock.Elapsed.TotalSeconds:0.0} s: {documents / clock.Elapsed.TotalSeconds:0.0} docs/s wall, {documents / cpu:0.0} docs per CPU second ({cpu:0.0} s CPU, GC included)"));

        var html = Path.Combine(output, "application.html");
        await File.WriteAllTextAsync(html, PdfBenchHtml.Render(model));
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium) || chromiumRuns <= 0)
        {
            Console.WriteLine($"Chromium   skipped ({chromium} missing or --chromium 0)");
            return 0;
        }
        var target = Path.Combine(output, "chromium.pdf");
        await PrintAsync(chromium, html, target); // warm the disk cache
        var childrenBefore = ChildrenCpuSeconds();
        clock.Restart();
        for (var i = 0; i < chromiumRuns; i++)
        {
            await PrintAsync(chromium, html, target);
        }
        clock.Stop();
        var childrenCpu = ChildrenCpuSeconds() - childrenBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Chromium   {chromiumRuns} documents in {clock.Elapsed.TotalSeconds:0.0} s: {chromiumRuns / clock.Elapsed.TotalSeconds:0.00} docs/s wall, {chromiumRuns / childrenCpu:0.00} docs per CPU second ({childrenCpu:0.0} s CPU; headless --print-to-pdf, one launch per document), {new FileInfo(target).Length / 1024.0:0.0} KB"));
        return 0;
    }

    private static async Task PrintAsync(string chromium, string html, string target)
    {
        var info = new ProcessStartInfo(chromium)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--no-pdf-header-footer", $"--print-to-pdf={target}", new Uri(html).AbsoluteUri })
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chromium failed ({process.ExitCode}): {await stderr}");
        }
    }

    /// <summary>CPU seconds of the finished child processes waited for (Linux /proc/self/stat cutime + cstime, 100 ticks/s).</summary>
    private static double ChildrenCpuSeconds()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) / 100.0;
    }

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
