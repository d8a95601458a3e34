using System;
using System.Collections.Generic;

namespace KeyAccount.Domain.EventSourcing;

/// <summary>The host's event stores, one per aggregate event type, for code that writes to several aggregates (a process runner).</summary>
public sealed class EventStores
{
    private readonly Dictionary<Type, object> stores = [];

    /// <summary>Adds the store of one event type.</summary>
    /// <typeparam name="TEvent">The aggregate's event type.</typeparam>
    /// <param name="store">The store.</param>
    /// <returns>This set.</returns>
    /// <exception cref="ArgumentException">A store of that event type was added already.</exception>
    public EventStores Add<TEvent>(IEventStore<TEvent> store)
    {
        Preconditions.CheckArgument(stores.TryAdd(typeof(TEvent), Preconditions.CheckNotNull(store)), nameof(store), $"A store of {typeof(TEvent).Name} was added already.");
        return this;
    }

    /// <summary>Returns the store of one event type.</summary>
    /// <typeparam name="TEvent">The aggregate's event type.</typeparam>
    /// <returns>The store.</returns>
    /// <exception cref="InvalidOperationException">No store of that event type was added.</exception>
    public IEventStore<TEvent> For<TEvent>() =>
        stores.TryGetValue(typeof(TEvent), out var store)
            ? (IEventStore<TEvent>)store
            : throw new InvalidOperationException($"No store of {typeof(TEvent).Name} was added.");
}
