namespace GrantPortal.IntegrationTests.Support;

/// <summary>A clock tests can set; the app reads time only through TimeProvider.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now) => _now = now.ToUniversalTime();
}
