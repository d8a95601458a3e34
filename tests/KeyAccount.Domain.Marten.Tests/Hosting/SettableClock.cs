using NodaTime;

namespace KeyAccount.Domain.Marten.Tests.Hosting;

/// <summary>A clock the test moves by hand.</summary>
public sealed class SettableClock(Instant now) : IClock
{
    public Instant Now { get; set; } = now;

    public Instant GetCurrentInstant() => Now;
}
