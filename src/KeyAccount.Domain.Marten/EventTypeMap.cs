using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Aggregates;

namespace KeyAccount.Domain.Marten;

/// <summary>Every event type of every aggregate in <see cref="AggregateCatalogue.All"/> with its wire name, the name Marten stores it under.</summary>
internal static class EventTypeMap
{
    /// <summary>Gets every (CLR type, wire name) pair, in catalogue order.</summary>
    internal static IReadOnlyList<(Type Type, string WireName)> All { get; } =
        AggregateCatalogue.All.SelectMany(a => a.Accept(new Collect())).ToArray();

    /// <summary>Returns the CLR types of one aggregate's events, computed once per aggregate.</summary>
    /// <typeparam name="TEvent">The aggregate's event base type.</typeparam>
    /// <returns>The event types.</returns>
    internal static Type[] TypesOf<TEvent>() => Family<TEvent>.Types;

    /// <summary>Returns the wire names of one aggregate's events.</summary>
    /// <typeparam name="TEvent">The aggregate's event base type.</typeparam>
    /// <returns>The wire names.</returns>
    /// <exception cref="InvalidOperationException">No aggregate of the catalogue has that event type.</exception>
    internal static string[] WireNamesOf<TEvent>() =>
        AggregateCatalogue.All.FirstOrDefault(a => a.EventType == typeof(TEvent))?.WireNames.ToArray()
        ?? throw new InvalidOperationException($"{typeof(TEvent).Name} is not the event type of an aggregate in AggregateCatalogue.All.");

    private static class Family<TEvent>
    {
        internal static readonly Type[] Types = All.Where(t => typeof(TEvent).IsAssignableFrom(t.Type)).Select(t => t.Type).ToArray();
    }

    private sealed class Collect : IAggregateVisitor<IEnumerable<(Type, string)>>
    {
        public IEnumerable<(Type, string)> Visit<TCommand, TEvent, TState, TStatus>(AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate)
            where TCommand : class
            where TEvent : class
            where TState : class
            where TStatus : struct, Enum =>
            aggregate.Events.WireNames.Select(name => (aggregate.Events.Find(name)!.ClrType, name)).ToArray();
    }
}
