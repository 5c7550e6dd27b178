using GrantPortal.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GrantPortal.Web.Operations;

/// <summary>What ./run.sh shows once the portal is up: where to go and how to sign in as each demo role.</summary>
public static class StartupBanner
{
    private static readonly string[] Tenants = ["xinjiang", "guangxi", "hunan", "shanxi"];

    public static void Print(WebApplication app, TextWriter output)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5080";
        output.WriteLine();
        output.WriteLine($"GrantPortal 已启动 / is running:  {address}/");
        output.WriteLine($"  各科协主页 / association homes: {string.Join("  ", Tenants.Select(t => $"{address}/{t}"))}");
        output.WriteLine($"  登录 / sign in: {address}/account/login    演示密码 / demo password: {DemoAccounts.Password}");
        output.WriteLine("  演示账号 / demo accounts (每个科协各一套 / one set per association):");
        foreach (var role in DemoAccounts.Roles)
        {
            output.WriteLine($"    {role,-10} {DemoAccounts.Email("xinjiang", role)}  (xinjiang → guangxi / hunan / shanxi)");
        }
        output.WriteLine($"    reviewer   {DemoAccounts.SharedExpertEmail}  (四个科协的评审专家 / reviewer in all four)");
        output.WriteLine();
    }
}
