using NodaTime;

namespace KeyAccount.Domain.Hosting;

/// <summary>Makes decision contexts for the host: the registered clock's time, and the zone, the calendar and the policies of <see cref="KeyAccountDomainOptions"/>.</summary>
public sealed class DecisionContexts
{
    private readonly KeyAccountDomainOptions options;
    private readonly IClock clock;

    /// <summary>Creates the factory.</summary>
    /// <param name="options">The options.</param>
    /// <param name="clock">The clock (the registered <see cref="IClock"/>, <see cref="KeyAccountDomainOptions.Clock"/> unless the host replaced it).</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public DecisionContexts(KeyAccountDomainOptions options, IClock clock)
    {
        this.options = Preconditions.CheckNotNull(options);
        this.clock = Preconditions.CheckNotNull(clock);
    }

    /// <summary>Returns a context at the clock's current instant.</summary>
    /// <returns>The context.</returns>
    public Decisions.DecisionContext Now() => options.ContextAt(clock.GetCurrentInstant());

    /// <summary>Returns a context at an instant.</summary>
    /// <param name="now">The instant.</param>
    /// <returns>The context.</returns>
    public Decisions.DecisionContext At(Instant now) => options.ContextAt(now);
}
