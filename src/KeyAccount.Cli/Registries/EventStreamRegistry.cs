using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Aggregates;

namespace KeyAccount.Cli.Registries;

/// <summary>The event streams the <c>validate</c> command can check: one validator per aggregate of
/// <see cref="AggregateCatalogue.All"/>, built from its definition.</summary>
internal static class EventStreamRegistry
{
    /// <summary>Gets a validator for every aggregate, ordered by name.</summary>
    public static IReadOnlyList<IEventStreamValidator> All { get; } =
        AggregateCatalogue.All.Select(a => a.Accept(ValidatorFactory.Instance)).ToArray();

    /// <summary>Finds an aggregate by name.</summary>
    /// <param name="name">The name, e.g. <c>sales-day</c>.</param>
    /// <returns>The validator, or null.</returns>
    public static IEventStreamValidator? Find(string name) => All.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds the aggregate whose catalogue knows an event type name.</summary>
    /// <param name="wireName">The <c>type</c> of an envelope, e.g. <c>sales_day.opened.v1</c>.</param>
    /// <returns>The validator, or null.</returns>
    public static IEventStreamValidator? ForEventType(string wireName) => All.FirstOrDefault(v => v.Knows(wireName));

    private sealed class ValidatorFactory : IAggregateVisitor<IEventStreamValidator>
    {
        public static ValidatorFactory Instance { get; } = new();

        IEventStreamValidator IAggregateVisitor<IEventStreamValidator>.Visit<TCommand, TEvent, TState, TStatus>(AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate) =>
            new EventStreamValidator<TCommand, TEvent, TState, TStatus>(aggregate);
    }
}
