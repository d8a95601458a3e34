namespace KeyAccount.Domain.Decisions;

/// <summary>
/// An aggregate as three pure functions (GEN-01): the initial state, a decision that turns a command into events or a
/// rejection, and an evolution that folds one event into the state.
/// </summary>
/// <typeparam name="TCommand">The aggregate's command type.</typeparam>
/// <typeparam name="TEvent">The aggregate's event type.</typeparam>
/// <typeparam name="TState">The aggregate's state type (immutable).</typeparam>
public interface IDecider<in TCommand, TEvent, TState>
{
    /// <summary>Gets the state before the first event.</summary>
    TState Initial { get; }

    /// <summary>Decides a command against a state. Never throws for a business refusal: it returns the rejection.</summary>
    /// <param name="command">The command.</param>
    /// <param name="state">The current state.</param>
    /// <param name="context">The time, calendar and policies.</param>
    /// <returns>The events, or the rejection with its rule ID.</returns>
    Decision<TEvent> Decide(TCommand command, TState state, DecisionContext context);

    /// <summary>
    /// Applies one event of a history this decider produced. Total over the aggregate's events; an event of an unknown
    /// type is an error (GEN-02). An event that cannot follow the state — it names a contact, visit or objective the
    /// state does not have, or adds money of another currency — means the history did not come from this decider:
    /// replay such histories (imports, files) with <see cref="Decider.TryReplay{TCommand, TEvent, TState}"/>, which
    /// answers with a typed error instead.
    /// </summary>
    /// <param name="state">The state before the event.</param>
    /// <param name="event">The event.</param>
    /// <returns>The state after the event.</returns>
    /// <exception cref="System.ArgumentException">The event is not one of this aggregate's, or names something the state does not have.</exception>
    /// <exception cref="System.InvalidOperationException">The event's amounts cannot be added to the state's (<see cref="Primitives.CurrencyMismatchException"/>).</exception>
    /// <exception cref="System.ArithmeticException">An amount the event adds leaves the range of <see cref="decimal"/>.</exception>
    TState Evolve(TState state, TEvent @event);
}
