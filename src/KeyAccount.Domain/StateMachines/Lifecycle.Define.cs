using System;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.StateMachines;

/// <summary>Entry point for declaring lifecycles.</summary>
internal static class Lifecycle
{
    /// <summary>Starts the declaration of a lifecycle.</summary>
    /// <typeparam name="TState">The state enumeration.</typeparam>
    /// <typeparam name="TTrigger">The trigger enumeration.</typeparam>
    /// <param name="name">The lifecycle's name, used in diagrams and rejections (e.g. <c>subscription</c>).</param>
    /// <param name="initial">The state a new instance starts in.</param>
    /// <param name="illegalMoveRule">The rule a rejection names when a trigger is not allowed from a state.</param>
    /// <returns>A builder.</returns>
    internal static LifecycleBuilder<TState, TTrigger> Define<TState, TTrigger>(string name, TState initial, RuleId illegalMoveRule)
        where TState : struct, Enum
        where TTrigger : struct, Enum =>
        new(Preconditions.CheckNotBlank(name), initial, illegalMoveRule);
}
