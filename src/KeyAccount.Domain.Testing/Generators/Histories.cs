using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Decisions;
using NodaTime;

namespace KeyAccount.Domain.Testing.Generators;

/// <summary>
/// Generates valid histories of any decider: random commands are decided one after the other against the state so
/// far, and only the accepted ones (with the context each was decided in and their events) make up the history. Any
/// state the history reaches is therefore one the aggregate can really be in.
/// </summary>
/// <remarks>
/// <para><see cref="OverTime{TCommand, TEvent, TState}(IDecider{TCommand, TEvent, TState}, Func{TState, Gen{TCommand}}, DecisionContext, int)"/>
/// moves the clock between commands (see <see cref="CalendarDates"/>), so that histories reach the dates the rules
/// compute; <see cref="Of{TCommand, TEvent, TState}(IDecider{TCommand, TEvent, TState}, Func{TState, Gen{TCommand}}, DecisionContext, int)"/>
/// decides every command on the context's day.</para>
/// <para>A generated history shrinks with <see cref="ToArbitrary{TCommand, TEvent, TState}"/>: commands are dropped while
/// the rest stays valid, and the gaps between decision days close (see <see cref="Shrink"/>).</para>
/// </remarks>
public static class Histories
{
    /// <summary>Returns a generator of valid histories whose commands are all decided on the context's day.</summary>
    /// <typeparam name="TCommand">The command type.</typeparam>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <param name="decider">The decider.</param>
    /// <param name="commands">
    /// Candidate commands given the state so far (so that a generator can target what exists, e.g. a contact already
    /// added); rejected candidates are dropped.
    /// </param>
    /// <param name="context">The decision context for every command.</param>
    /// <param name="maxAttempts">How many candidates to try at most (at least a third of it, more as the size grows).</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Gen<History<TCommand, TEvent, TState>> Of<TCommand, TEvent, TState>(
        IDecider<TCommand, TEvent, TState> decider, Func<TState, Gen<TCommand>> commands, DecisionContext context, int maxAttempts = 60)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Of(decider, commands, (_, _) => context, maxAttempts);
    }

    /// <summary>Returns a generator of valid histories whose commands are decided each in its own context: the context
    /// that carries the states of other aggregates the command relies on (GEN-11), as a host supplies them.</summary>
    /// <typeparam name="TCommand">The command type.</typeparam>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <param name="decider">The decider.</param>
    /// <param name="commands">Candidate commands given the state so far; rejected candidates are dropped.</param>
    /// <param name="contextFor">The context to decide a command in, given the state so far.</param>
    /// <param name="maxAttempts">How many candidates to try at most (at least a third of it, more as the size grows).</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Gen<History<TCommand, TEvent, TState>> Of<TCommand, TEvent, TState>(
        IDecider<TCommand, TEvent, TState> decider, Func<TState, Gen<TCommand>> commands, Func<TState, TCommand, DecisionContext> contextFor, int maxAttempts = 60)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(contextFor);
        return Attempts(maxAttempts, atLeast: Math.Max(1, maxAttempts / 3)).SelectMany(attempts =>
            Step(decider, (state, _) => commands(state), null, (_, state, command) => contextFor(state, command), attempts, Empty(decider), null));
    }

    /// <summary>
    /// Returns a generator of valid histories over time: the first command is decided on a day from the context's day
    /// to the end of the last year its calendar covers, biased toward holidays and make-up working days
    /// (<see cref="CalendarDates.Around(Calendars.BusinessCalendar, LocalDate, LocalDate)"/>), and the clock moves on
    /// between candidates (<see cref="CalendarDates.After"/>): the same day, the next working day, across weekends,
    /// holidays, make-up working days and the year end — so that a history reaches the deadlines the rules compute.
    /// </summary>
    /// <typeparam name="TCommand">The command type.</typeparam>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <param name="decider">The decider.</param>
    /// <param name="commands">Candidate commands given the state so far; rejected candidates are dropped.</param>
    /// <param name="context">The context: its calendar, zone, time of day, policies and sources apply to every command;
    /// its day is the earliest a command is decided on.</param>
    /// <param name="maxAttempts">How many candidates to try at most (at least a third of it, more as the size grows).</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Gen<History<TCommand, TEvent, TState>> OverTime<TCommand, TEvent, TState>(
        IDecider<TCommand, TEvent, TState> decider, Func<TState, Gen<TCommand>> commands, DecisionContext context, int maxAttempts = 60)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return OverTime(decider, (state, _) => commands(state), (dated, _, _) => dated, context, maxAttempts);
    }

    /// <summary>
    /// Returns a generator of valid histories over time (see
    /// <see cref="OverTime{TCommand, TEvent, TState}(IDecider{TCommand, TEvent, TState}, Func{TState, Gen{TCommand}}, DecisionContext, int)"/>)
    /// for families whose commands carry dates or rely on other aggregates' states.
    /// </summary>
    /// <typeparam name="TCommand">The command type.</typeparam>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <param name="decider">The decider.</param>
    /// <param name="commands">Candidate commands given the state so far and the context of the day they are decided on
    /// (its <see cref="DecisionContext.Today"/>); rejected candidates are dropped.</param>
    /// <param name="supply">The context to decide a command in, given the context of the day, the state and the command:
    /// the place to add the sources the command relies on (GEN-11).</param>
    /// <param name="context">The context the days are set on; its day is the earliest a command is decided on.</param>
    /// <param name="maxAttempts">How many candidates to try at most (at least a third of it, more as the size grows).</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Gen<History<TCommand, TEvent, TState>> OverTime<TCommand, TEvent, TState>(
        IDecider<TCommand, TEvent, TState> decider,
        Func<TState, DecisionContext, Gen<TCommand>> commands,
        Func<DecisionContext, TState, TCommand, DecisionContext> supply,
        DecisionContext context,
        int maxAttempts = 60)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(supply);
        ArgumentNullException.ThrowIfNull(context);
        var first = context.Today;
        var calendar = context.Calendar;
        var last = calendar.Years.Count > 0 ? new LocalDate(Math.Max(calendar.Years[^1], first.Year), 12, 31) : first.PlusYears(2);
        var timeline = new Timeline(context, last);
        return from attempts in Attempts(maxAttempts, atLeast: Math.Max(1, maxAttempts / 3))
               from day in CalendarDates.Around(calendar, first, last)
               from history in Step(decider, commands, timeline, supply, attempts, Empty(decider), Redate(context, day))
               select history;
    }

    /// <summary>Returns an arbitrary of histories that shrinks a failing history (see <see cref="Shrink"/>); FsCheck's own
    /// <c>ToArbitrary()</c> of a generator does not shrink.</summary>
    /// <typeparam name="TCommand">The command type.</typeparam>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <param name="histories">The generator, e.g. <c>SubscriptionGenerators.Histories()</c>.</param>
    /// <param name="decider">The decider the histories are decided by.</param>
    /// <returns>The arbitrary, for <c>Prop.ForAll</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Arbitrary<History<TCommand, TEvent, TState>> ToArbitrary<TCommand, TEvent, TState>(
        this Gen<History<TCommand, TEvent, TState>> histories, IDecider<TCommand, TEvent, TState> decider)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(decider);
        return Arb.From(histories, history => Shrink(decider, history));
    }

    /// <summary>
    /// Returns shorter and earlier histories than a given one, each valid: first its beginnings, shortest first; then
    /// without a half, a quarter … of the commands, then without each single command (a command the rest no longer
    /// allows is dropped too); then with the
    /// gap between two decision days closed or halved (the later commands move earlier by as many days). Every command
    /// left is decided again in its context, so events and state are the decider's.
    /// </summary>
    /// <typeparam name="TCommand">The command type.</typeparam>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <param name="decider">The decider.</param>
    /// <param name="history">The history to shrink.</param>
    /// <returns>The candidates, most promising first.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<History<TCommand, TEvent, TState>> Shrink<TCommand, TEvent, TState>(
        IDecider<TCommand, TEvent, TState> decider, History<TCommand, TEvent, TState> history)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(history);
        return Shrinks(decider, history);
    }

    private static IEnumerable<History<TCommand, TEvent, TState>> Shrinks<TCommand, TEvent, TState>(
        IDecider<TCommand, TEvent, TState> decider, History<TCommand, TEvent, TState> history)
    {
        var steps = history.Steps.ToList();
        var n = steps.Count;
        for (var k = 1; k < n; k++)
        {
            yield return Rebuild(decider, steps.Take(k));
        }

        for (var chunk = n / 2; chunk >= 1; chunk /= 2)
        {
            for (var start = n - chunk; start >= 0; start -= chunk)
            {
                var kept = steps.Take(start).Concat(steps.Skip(start + chunk)).ToList();
                yield return Rebuild(decider, kept);
            }
        }

        for (var i = 1; i < n; i++)
        {
            var gap = Period.Between(steps[i - 1].Context.Today, steps[i].Context.Today, PeriodUnits.Days).Days;
            foreach (var back in gap > 1 ? new[] { gap, gap / 2 } : gap == 1 ? new[] { 1 } : [])
            {
                var moved = steps.Select((s, j) => j < i ? s : (s.Command, Redate(s.Context, s.Context.Today.PlusDays(-back)))).ToList();
                yield return Rebuild(decider, moved);
            }
        }
    }

    private static History<TCommand, TEvent, TState> Rebuild<TCommand, TEvent, TState>(
        IDecider<TCommand, TEvent, TState> decider, IEnumerable<(TCommand Command, DecisionContext Context)> steps)
    {
        var history = Empty(decider);
        foreach (var (command, context) in steps)
        {
            history = Accept(decider, history, command, context) ?? history;
        }

        return history;
    }

    private static History<TCommand, TEvent, TState> Empty<TCommand, TEvent, TState>(IDecider<TCommand, TEvent, TState> decider) =>
        new([], [], [], decider.Initial);

    private static History<TCommand, TEvent, TState>? Accept<TCommand, TEvent, TState>(
        IDecider<TCommand, TEvent, TState> decider, History<TCommand, TEvent, TState> history, TCommand command, DecisionContext context)
    {
        var decision = decider.Decide(command, history.State, context);
        if (decision.IsRejected)
        {
            return null;
        }

        var state = history.State;
        var events = new List<TEvent>(history.Events);
        foreach (var e in decision.Events)
        {
            state = decider.Evolve(state, e);
            events.Add(e);
        }

        return new History<TCommand, TEvent, TState>([.. history.Commands, command], [.. history.Contexts, context], events, state);
    }

    private static Gen<int> Attempts(int maxAttempts, int atLeast) =>
        Gen.Sized(size => Gen.Choose(Math.Min(atLeast, maxAttempts), Math.Max(Math.Min(atLeast, maxAttempts), Math.Min(size, maxAttempts))));

    private static Gen<History<TCommand, TEvent, TState>> Step<TCommand, TEvent, TState>(
        IDecider<TCommand, TEvent, TState> decider,
        Func<TState, DecisionContext, Gen<TCommand>> commands,
        Timeline? timeline,
        Func<DecisionContext, TState, TCommand, DecisionContext> supply,
        int remaining,
        History<TCommand, TEvent, TState> history,
        DecisionContext? today)
    {
        if (remaining == 0)
        {
            return Gen.Constant(history);
        }

        return commands(history.State, today!).SelectMany(command =>
        {
            var context = supply(today!, history.State, command);
            var next = Accept(decider, history, command, context) ?? history;
            return timeline is null
                ? Step(decider, commands, null, supply, remaining - 1, next, today)
                : CalendarDates.After(today!.Today, today.Calendar, timeline.Last).SelectMany(day =>
                    Step(decider, commands, timeline, supply, remaining - 1, next, day == today.Today ? today : Redate(timeline.Context, day)));
        });
    }

    /// <summary>Returns the context of the day an aggregate that lives one day (a reception day, a bundle of the day's
    /// signing notices) was started on, once it was (<paramref name="day"/> is not the default), so that histories over
    /// time decide its later commands on that day too; the context of the clock's day before.</summary>
    internal static DecisionContext OnItsDay(DecisionContext today, LocalDate day) =>
        day == default || day == today.Today ? today : Redate(today, day);

    /// <summary>Returns the context on another day, at the same local time of day.</summary>
    internal static DecisionContext Redate(DecisionContext context, LocalDate day) =>
        context.At(day.At(context.Now.InZone(context.Zone).TimeOfDay).InZoneLeniently(context.Zone).ToInstant());

    private sealed record Timeline(DecisionContext Context, LocalDate Last);
}
