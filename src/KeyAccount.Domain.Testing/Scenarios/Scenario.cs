using System;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;

namespace KeyAccount.Domain.Testing.Scenarios;

/// <summary>Starts a Given / When / Then scenario over a decider.</summary>
/// <example>
/// <code>
/// Scenario.For(SubscriptionAggregate.Definition.Decider)
///     .Given(drafted, stamped)
///     .When(requestRefund)
///     .ThenRejected("CAN-05");
/// </code>
/// </example>
public static class Scenario
{
    /// <summary>Starts a scenario with an empty history and <see cref="TestContexts.Default"/> as the context.</summary>
    /// <typeparam name="TCommand">The command type.</typeparam>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <param name="decider">The decider under test.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decider"/> is null.</exception>
    public static Scenario<TCommand, TEvent, TState> For<TCommand, TEvent, TState>(IDecider<TCommand, TEvent, TState> decider)
    {
        ArgumentNullException.ThrowIfNull(decider);
        return new Scenario<TCommand, TEvent, TState>(decider, TestContexts.Default, []);
    }
}
