namespace GrantPortal.Domain.Organizations;

/// <summary>The Chinese names of <see cref="FinanceSystem"/>, as forms print them (prefill values are Chinese text).</summary>
public static class FinanceSystemNames
{
    public static string Of(FinanceSystem system) => system switch
    {
        FinanceSystem.Independent => "独立核算",
        FinanceSystem.AgencyBookkeeping => "代理记账",
        FinanceSystem.HostManaged => "挂靠单位代管",
        _ => throw new ArgumentOutOfRangeException(nameof(system), system, null),
    };
}
