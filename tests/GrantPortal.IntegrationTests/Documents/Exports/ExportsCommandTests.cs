using System.IO.Compression;
using GrantPortal.IntegrationTests.Support;
using GrantPortal.Web.Operations;

namespace GrantPortal.IntegrationTests.Documents.Exports;

/// <summary>The operator command makes the same ZIP as the export page, synchronously, printing its progress.</summary>
[Collection(PortalCollection.Name)]
public sealed class ExportsCommandTests(PortalFactory factory)
{
    [Fact]
    public async Task ExportCall_WritesTheZip_AndPrintsProgress()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, "hunan", 2);
        var path = Path.Combine(Path.GetTempPath(), $"gp-cli-{Guid.NewGuid():N}.zip");
        using var output = new StringWriter();
        using var error = new StringWriter();
        try
        {
            var code = await ExportsCommand.RunAsync(
                ["call", "--tenant", "hunan", "--year", "2030", "--title", "评审测试 " + setup.Code, "--out", path], factory.Services, output, error);

            Assert.True(code == 0, error.ToString());
            Assert.Contains("2/2", output.ToString(), StringComparison.Ordinal);
            using var zip = ZipFile.OpenRead(path);
            Assert.Equal(3, zip.Entries.Count);
            Assert.NotNull(zip.GetEntry("index.csv"));
            Assert.NotNull(zip.GetEntry($"{setup.Applications[1].Number}-{setup.Applications[1].Title}.pdf"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task UnknownTenant_OrMissingOptions_AreRefused()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(2, await ExportsCommand.RunAsync(["call", "--tenant", "nowhere", "--year", "2030", "--out", "x.zip"], factory.Services, output, error));
        Assert.Equal(2, await ExportsCommand.RunAsync(["call", "--tenant", "hunan"], factory.Services, output, error));
    }
}
