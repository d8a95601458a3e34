using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization.Metadata;

namespace KeyAccount.Domain.Serialization;

/// <summary>
/// The events of one aggregate and their wire names (e.g. <c>subscription.stamped.v1</c>). Wire names are a
/// contract: a changed event gets a new name with the next version suffix, an existing name is never reused.
/// </summary>
/// <typeparam name="TEvent">The aggregate's event base type.</typeparam>
public sealed class EventCatalog<TEvent>
    where TEvent : class
{
    private readonly ImmutableDictionary<string, EventType> byName;
    private readonly ImmutableDictionary<Type, EventType> byType;

    private EventCatalog(IReadOnlyList<EventType> types)
    {
        byName = types.ToImmutableDictionary(t => t.WireName, StringComparer.Ordinal);
        byType = types.ToImmutableDictionary(t => t.ClrType);
        WireNames = types.Select(t => t.WireName).ToList();
    }

    /// <summary>Gets the wire names in declaration order.</summary>
    public IReadOnlyList<string> WireNames { get; }

    /// <summary>Gets the CLR types of the catalogue's events.</summary>
    public IEnumerable<Type> EventTypes => byType.Keys;

    /// <summary>Starts a catalogue.</summary>
    /// <returns>A builder.</returns>
    internal static Builder Create() => new();

    /// <summary>Gets the wire name of an event.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The wire name.</returns>
    /// <exception cref="ArgumentException">The event's type is not in the catalogue.</exception>
    public string WireNameOf(TEvent @event) => Get(Preconditions.CheckNotNull(@event).GetType()).WireName;

    internal EventType Get(Type type) =>
        byType.TryGetValue(type, out var t) ? t : throw new ArgumentException($"{type.Name} is not an event of this catalogue.", nameof(type));

    internal EventType? Find(string wireName) => byName.GetValueOrDefault(wireName);

    internal sealed record EventType(string WireName, Type ClrType, JsonTypeInfo TypeInfo);

    /// <summary>Declares the events of a catalogue; a repeated wire name or type fails at once.</summary>
    internal sealed class Builder
    {
        private readonly List<EventType> types = [];

        internal Builder()
        {
        }

        /// <summary>Adds an event type.</summary>
        /// <typeparam name="T">The event type.</typeparam>
        /// <param name="wireName">The wire name, <c>area.event.vN</c>.</param>
        /// <param name="typeInfo">The source-generated metadata of the type.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">The name is malformed, or the name or type is already declared.</exception>
        public Builder Add<T>(string wireName, JsonTypeInfo<T> typeInfo)
            where T : TEvent
        {
            ArgumentNullException.ThrowIfNull(wireName);
            ArgumentNullException.ThrowIfNull(typeInfo);
            Preconditions.CheckArgument(IsWellFormed(wireName), nameof(wireName), $"'{wireName}' is not a wire name of the form area.event.v1.");
            Preconditions.CheckArgument(types.TrueForAll(t => t.WireName != wireName), nameof(wireName), $"Wire name '{wireName}' is declared twice.");
            Preconditions.CheckArgument(types.TrueForAll(t => t.ClrType != typeof(T)), nameof(typeInfo), $"{typeof(T).Name} is declared twice.");
            types.Add(new EventType(wireName, typeof(T), typeInfo));
            return this;
        }

        /// <summary>Finishes the catalogue.</summary>
        /// <returns>The catalogue.</returns>
        public EventCatalog<TEvent> Build() => new(types.ToArray());

        private static bool IsWellFormed(string name)
        {
            var parts = name.Split('.');
            return parts.Length >= 3
                && parts[^1].Length >= 2 && parts[^1][0] == 'v' && parts[^1][1..].All(char.IsAsciiDigit)
                && parts.All(p => p.Length > 0 && p.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_' || c == '-'));
        }
    }
}
