using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace KeyAccount.Domain.Serialization;

/// <summary>
/// The events of one aggregate and their wire names (e.g. <c>subscription.stamped.v1</c>). Wire names are a
/// contract: a changed event gets a new name with the next version suffix, an existing name is never reused.
/// </summary>
/// <typeparam name="TEvent">The aggregate's event base type.</typeparam>
internal sealed class EventCatalog<TEvent>
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

    /// <summary>
    /// Builds the catalogue from the event base type's <see cref="JsonDerivedTypeAttribute"/> declarations, in their
    /// order: each names an event type and its wire name, so an event and its wire name are declared together in
    /// the family's event file, and the source-generated metadata of every event comes from the one
    /// <c>[JsonSerializable(typeof(TEvent))]</c> line of the family's JSON context.
    /// </summary>
    /// <param name="context">The family's source-generated JSON context.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentException">A wire name is malformed or repeated, or the context has no metadata for an event.</exception>
    internal static EventCatalog<TEvent> FromDerivedTypes(JsonSerializerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var builder = Create();
        foreach (var declared in typeof(TEvent).GetCustomAttributes<JsonDerivedTypeAttribute>(inherit: false))
        {
            var wireName = declared.TypeDiscriminator as string
                ?? throw new ArgumentException($"{declared.DerivedType.Name} is declared on {typeof(TEvent).Name} without a wire name.", nameof(context));
            var typeInfo = context.GetTypeInfo(declared.DerivedType)
                ?? throw new ArgumentException($"{context.GetType().Name} has no metadata for {declared.DerivedType.Name}.", nameof(context));
            builder.Add(wireName, declared.DerivedType, typeInfo);
        }

        return builder.Build();
    }

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
            ArgumentNullException.ThrowIfNull(typeInfo);
            return Add(wireName, typeof(T), typeInfo);
        }

        internal Builder Add(string wireName, Type type, JsonTypeInfo typeInfo)
        {
            ArgumentNullException.ThrowIfNull(wireName);
            ArgumentNullException.ThrowIfNull(typeInfo);
            Preconditions.CheckArgument(typeof(TEvent).IsAssignableFrom(type), nameof(type), $"{type.Name} is not a {typeof(TEvent).Name}.");
            Preconditions.CheckArgument(IsWellFormed(wireName), nameof(wireName), $"'{wireName}' is not a wire name of the form area.event.v1.");
            Preconditions.CheckArgument(types.TrueForAll(t => t.WireName != wireName), nameof(wireName), $"Wire name '{wireName}' is declared twice.");
            Preconditions.CheckArgument(types.TrueForAll(t => t.ClrType != type), nameof(type), $"{type.Name} is declared twice.");
            types.Add(new EventType(wireName, type, typeInfo));
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
