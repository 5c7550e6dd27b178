using GrantPortal.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;

namespace GrantPortal.IntegrationTests.Operations;

/// <summary>
/// A fixture of its own for <see cref="KillTests"/>: its in-process app only creates the test data and reads; its export
/// worker stays idle (one round an hour), so the separate app process under test is the one that makes the exports.
/// </summary>
public sealed class KillTestsFactory : PortalFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("GrantPortal:Exports:IntervalSeconds", "3600");
}
