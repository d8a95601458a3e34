using System;
using System.Collections.Immutable;
using KeyAccount.Domain.Calendars;
using NodaTime;

namespace KeyAccount.Domain.Decisions;

/// <summary>
/// Everything a decision may depend on besides the state and the command (GEN-01): the time, the host's
/// time zone, the business calendar and the host's policies. The domain never reads a clock; the host passes
/// the time in.
/// </summary>
/// <remarks>Immutable: <see cref="At"/> and <see cref="With{TPolicy}"/> return new contexts.</remarks>
public sealed class DecisionContext
{
    private readonly ImmutableDictionary<Type, object> policies;

    /// <summary>Creates a context.</summary>
    /// <param name="now">The instant of the decision.</param>
    /// <param name="zone">The zone in which the business day is reckoned (e.g. Asia/Shanghai).</param>
    /// <param name="calendar">The business calendar (working days, public holidays, make-up days).</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> or <paramref name="calendar"/> is null.</exception>
    public DecisionContext(Instant now, DateTimeZone zone, BusinessCalendar calendar)
        : this(now, Preconditions.CheckNotNull(zone), Preconditions.CheckNotNull(calendar), ImmutableDictionary<Type, object>.Empty)
    {
    }

    private DecisionContext(Instant now, DateTimeZone zone, BusinessCalendar calendar, ImmutableDictionary<Type, object> policies)
    {
        Now = now;
        Zone = zone;
        Calendar = calendar;
        this.policies = policies;
    }

    /// <summary>Gets the instant of the decision.</summary>
    public Instant Now { get; }

    /// <summary>Gets the zone in which business days are reckoned.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the business calendar.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>Gets the business date of <see cref="Now"/> in <see cref="Zone"/>.</summary>
    public LocalDate Today => Now.InZone(Zone).Date;

    /// <summary>Creates a context for mainland China: the zone Asia/Shanghai and the given calendar.</summary>
    /// <param name="now">The instant of the decision.</param>
    /// <param name="calendar">The business calendar.</param>
    /// <returns>The context.</returns>
    public static DecisionContext ChinaMainland(Instant now, BusinessCalendar calendar) =>
        new(now, DateTimeZoneProviders.Tzdb["Asia/Shanghai"], calendar);

    /// <summary>Returns the host's policy of a type, or the catalogue's default when the host set none.</summary>
    /// <typeparam name="TPolicy">The policy type.</typeparam>
    /// <returns>The policy in force.</returns>
    public TPolicy Policy<TPolicy>()
        where TPolicy : class, IPolicy<TPolicy> =>
        policies.TryGetValue(typeof(TPolicy), out var policy) ? (TPolicy)policy : TPolicy.Default;

    /// <summary>Returns a context with a policy set (replacing any earlier one of the same type).</summary>
    /// <typeparam name="TPolicy">The policy type.</typeparam>
    /// <param name="policy">The policy.</param>
    /// <returns>The new context.</returns>
    public DecisionContext With<TPolicy>(TPolicy policy)
        where TPolicy : class, IPolicy<TPolicy> =>
        new(Now, Zone, Calendar, policies.SetItem(typeof(TPolicy), Preconditions.CheckNotNull(policy)));

    /// <summary>Returns the same context at another instant.</summary>
    /// <param name="now">The instant.</param>
    /// <returns>The new context.</returns>
    public DecisionContext At(Instant now) => new(now, Zone, Calendar, policies);
}
