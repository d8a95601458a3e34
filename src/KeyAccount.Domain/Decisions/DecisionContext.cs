using System;
using System.Collections.Immutable;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Decisions;

/// <summary>
/// Everything a decision may depend on besides the state and the command (GEN-01): the time, the host's
/// time zone, the business calendar, the host's policies and the states of other aggregates a decision relies on
/// (GEN-11). The domain never reads a clock or a store; the host passes the time and the sources in.
/// </summary>
/// <remarks>Immutable: <see cref="At"/>, <see cref="With{TPolicy}"/> and <see cref="WithSource{TState}"/> return new
/// contexts.</remarks>
public sealed class DecisionContext
{
    private readonly ImmutableDictionary<Type, object> policies;
    private readonly ImmutableDictionary<StreamId, SourceState> sources;

    /// <summary>Creates a context.</summary>
    /// <param name="now">The instant of the decision.</param>
    /// <param name="zone">The zone in which the business day is reckoned (e.g. Asia/Shanghai).</param>
    /// <param name="calendar">The business calendar (working days, public holidays, make-up days).</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> or <paramref name="calendar"/> is null.</exception>
    public DecisionContext(Instant now, DateTimeZone zone, BusinessCalendar calendar)
        : this(now, Preconditions.CheckNotNull(zone), Preconditions.CheckNotNull(calendar), ImmutableDictionary<Type, object>.Empty,
            ImmutableDictionary<StreamId, SourceState>.Empty)
    {
    }

    private DecisionContext(
        Instant now, DateTimeZone zone, BusinessCalendar calendar, ImmutableDictionary<Type, object> policies,
        ImmutableDictionary<StreamId, SourceState> sources)
    {
        Now = now;
        Zone = zone;
        Calendar = calendar;
        this.policies = policies;
        this.sources = sources;
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
        new(Now, Zone, Calendar, policies.SetItem(typeof(TPolicy), Preconditions.CheckNotNull(policy)), sources);

    /// <summary>Returns the same context at another instant.</summary>
    /// <param name="now">The instant.</param>
    /// <returns>The new context.</returns>
    public DecisionContext At(Instant now) => new(now, Zone, Calendar, policies, sources);

    /// <summary>
    /// Returns a context that carries the state of another aggregate, replayed by the host from its stream, as the
    /// evidence a decision relies on (GEN-11): the contract review a won account or a signed plan cites, the sales
    /// project a subscription belongs to. The decision checks what it relies on against this state, never against a
    /// value the command carries.
    /// </summary>
    /// <remarks>
    /// Load the state with the source aggregate's handler, e.g.
    /// <c>var (review, version) = await reviews.LoadAsync(stream);</c> then <c>context.WithSource(stream, version, review)</c>.
    /// A state can only be had by replaying the source's events, so it cannot be forged; a later state of the same
    /// stream replaces an earlier one.
    /// </remarks>
    /// <typeparam name="TState">The source aggregate's state type.</typeparam>
    /// <param name="stream">The source's stream.</param>
    /// <param name="version">The stream's version at which <paramref name="state"/> was read (its number of events).</param>
    /// <param name="state">The state replayed from the stream up to <paramref name="version"/>.</param>
    /// <returns>The new context.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is negative.</exception>
    public DecisionContext WithSource<TState>(StreamId stream, long version, TState state)
        where TState : class
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        return new(Now, Zone, Calendar, policies, sources.SetItem(stream, new SourceState(version, state)));
    }

    /// <summary>Gets the state of another aggregate the host supplied with <see cref="WithSource{TState}"/>.</summary>
    /// <typeparam name="TState">The source aggregate's state type.</typeparam>
    /// <param name="stream">The source's stream.</param>
    /// <param name="version">The version at which the state was read.</param>
    /// <param name="state">The state.</param>
    /// <returns>Whether a state of that type was supplied for the stream.</returns>
    internal bool TryGetSource<TState>(StreamId stream, out long version, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TState? state)
        where TState : class
    {
        if (sources.TryGetValue(stream, out var source) && source.State is TState typed)
        {
            version = source.Version;
            state = typed;
            return true;
        }

        version = 0;
        state = null;
        return false;
    }

    private sealed record SourceState(long Version, object State);
}
