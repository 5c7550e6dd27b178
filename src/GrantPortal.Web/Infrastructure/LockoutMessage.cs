using System.Globalization;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Infrastructure;

/// <summary>What a locked-out person is told, wherever a password or code is checked: the whole minutes left.</summary>
public static class LockoutMessage
{
    public static string For(IStringLocalizer l, TimeSpan? remaining)
    {
        ArgumentNullException.ThrowIfNull(l);
        var minutes = Math.Max(1, (int)Math.Ceiling((remaining ?? TimeSpan.FromMinutes(15)).TotalMinutes));
        return l["登录失败次数过多，账户已暂时锁定，请 {0} 分钟后再试", minutes.ToString(CultureInfo.InvariantCulture)];
    }
}
