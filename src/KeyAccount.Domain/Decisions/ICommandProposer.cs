using System.Collections.Generic;

namespace KeyAccount.Domain.Decisions;

/// <summary>
/// A decider that can propose the commands worth asking about in a state, so that "what next, and why not"
/// (GEN-06) can be answered without the caller knowing every command.
/// </summary>
/// <typeparam name="TCommand">The command type.</typeparam>
/// <typeparam name="TState">The state type.</typeparam>
internal interface ICommandProposer<out TCommand, in TState>
{
    /// <summary>Returns a representative command per kind of move that makes sense to ask about in the state.</summary>
    /// <param name="state">The state.</param>
    /// <param name="context">The context.</param>
    /// <returns>The candidate commands.</returns>
    IEnumerable<TCommand> ProposeCommands(TState state, DecisionContext context);
}
