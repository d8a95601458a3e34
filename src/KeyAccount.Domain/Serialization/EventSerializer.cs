using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using NodaTime;
using NodaTime.Text;
using OneOf;

namespace KeyAccount.Domain.Serialization;

/// <summary>
/// Writes and reads event envelopes as single-line JSON documents (one per line in an export):
/// <code>{"type":"account.opened.v1","stream":"account-…","version":1,"commandId":"…","actor":"E001","recordedAt":"2025-03-03T02:00:00Z","data":{…}}</code>
/// </summary>
/// <remarks>
/// Reading never throws for bad content and never returns a half-built event (GEN-02): broken JSON, nesting beyond
/// <see cref="KeyAccountJson.MaxDepth"/>, an unknown type name, a missing, null, duplicated or mistyped value, or a
/// number out of range, a string that is not UTF-8 or holds an unpaired surrogate escape gives a
/// <see cref="MalformedEvent"/> naming the stream and position.
/// </remarks>
/// <typeparam name="TEvent">The aggregate's event base type.</typeparam>
public sealed class EventSerializer<TEvent>
    where TEvent : class
{
    private static readonly string[] EnvelopeProperties = ["type", "stream", "version", "commandId", "actor", "recordedAt", "data"];
    private readonly EventCatalog<TEvent> catalog;
    private readonly NullabilityInfoContext nullability = new();
    private readonly object nullabilityGate = new();
    private readonly ConcurrentDictionary<JsonTypeInfo, ValidationPlan> plans = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates a serializer for a catalogue of events.</summary>
    /// <param name="catalog">The events and their wire names.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    internal EventSerializer(EventCatalog<TEvent> catalog) => this.catalog = Preconditions.CheckNotNull(catalog);

    /// <summary>Gets the catalogue.</summary>
    internal EventCatalog<TEvent> Catalog => catalog;

    /// <summary>Writes an envelope as one line of JSON (no line break inside).</summary>
    /// <param name="envelope">The envelope.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">The event's type is not in the catalogue.</exception>
    public string Serialize(EventEnvelope<TEvent> envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var type = catalog.Get(envelope.Event.GetType());
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, type.WireName);
            writer.WriteString("stream"u8, envelope.Stream.Value);
            writer.WriteNumber("version"u8, envelope.Version);
            writer.WriteString("commandId"u8, envelope.CommandId.Value);
            writer.WriteString("actor"u8, envelope.Actor.Value);
            writer.WriteString("recordedAt"u8, InstantPattern.ExtendedIso.Format(envelope.RecordedAt));
            writer.WritePropertyName("data"u8);
            JsonSerializer.Serialize(writer, envelope.Event, type.TypeInfo);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads one envelope.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="position">The position to report in an error (e.g. the line number); 0 when unknown.</param>
    /// <returns>The envelope, or why it cannot be read.</returns>
    public OneOf<EventEnvelope<TEvent>, MalformedEvent> Deserialize(string json, long position = 0)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Deserialize(Encoding.UTF8.GetBytes(json), position);
    }

    /// <summary>Reads one envelope from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The JSON document.</param>
    /// <param name="position">The position to report in an error (e.g. the line number); 0 when unknown.</param>
    /// <returns>The envelope, or why it cannot be read.</returns>
    public OneOf<EventEnvelope<TEvent>, MalformedEvent> Deserialize(ReadOnlyMemory<byte> utf8Json, long position = 0)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = KeyAccountJson.MaxDepth });
        }
        catch (JsonException e)
        {
            return new MalformedEvent(MalformedEventKind.InvalidJson, null, position, e.Message);
        }

        using (document)
        {
            try
            {
                return Read(document.RootElement, position);
            }
            catch (InvalidOperationException) when (UndecodableStrings.Find(document.RootElement) is { } path)
            {
                return new MalformedEvent(MalformedEventKind.InvalidJson, null, position, $"{path}: {UndecodableStrings.Reason}");
            }
        }
    }

    /// <summary>
    /// Reads a JSON Lines export of one or more streams. Every line must be a readable envelope, and each stream's
    /// versions must run 1, 2, 3… in file order. Blank lines are skipped. The first problem stops the read.
    /// </summary>
    /// <param name="lines">The lines.</param>
    /// <returns>All envelopes, or the first problem with its 1-based line number.</returns>
    public OneOf<IReadOnlyList<EventEnvelope<TEvent>>, MalformedEvent> ReadLines(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var result = new List<EventEnvelope<TEvent>>();
        var versions = new Dictionary<StreamId, long>();
        long lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var read = Deserialize(line, lineNumber);
            if (read.IsT1)
            {
                return read.AsT1;
            }

            var envelope = read.AsT0;
            var expected = versions.GetValueOrDefault(envelope.Stream) + 1;
            if (envelope.Version != expected)
            {
                return new MalformedEvent(MalformedEventKind.VersionGap, envelope.Stream, lineNumber, $"version {envelope.Version} where {expected} was expected");
            }

            versions[envelope.Stream] = expected;
            result.Add(envelope);
        }

        return result;
    }

    private OneOf<EventEnvelope<TEvent>, MalformedEvent> Read(JsonElement root, long position)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new MalformedEvent(MalformedEventKind.InvalidJson, null, position, "the document is not an object");
        }

        var seen = 0;
        foreach (var property in root.EnumerateObject())
        {
            var known = IndexOf(property, EnvelopeProperties);
            if (known < 0 || (seen & (1 << known)) != 0)
            {
                return new MalformedEvent(MalformedEventKind.InvalidValue, null, position, $"$.{property.Name}: unknown or duplicate property");
            }

            seen |= 1 << known;
        }

        StreamId? stream = null;
        if (root.TryGetProperty("stream", out var streamElement) && streamElement.ValueKind == JsonValueKind.String && streamElement.GetString() is { } streamName
            && !string.IsNullOrWhiteSpace(streamName))
        {
            stream = new StreamId(streamName);
        }

        MalformedEvent Fail(MalformedEventKind kind, string detail) => new(kind, stream, position, detail);

        if (stream is null)
        {
            return Fail(MalformedEventKind.MissingProperty, "$.stream: a non-empty string is required");
        }

        if (!root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            return Fail(MalformedEventKind.MissingProperty, "$.type: the event type name is required");
        }

        var eventType = catalog.Find(typeElement.GetString()!);
        if (eventType is null)
        {
            return Fail(MalformedEventKind.UnknownType, $"$.type: '{Truncate(typeElement.GetString()!)}' is not an event of this aggregate");
        }

        if (!root.TryGetProperty("version", out var versionElement) || versionElement.ValueKind != JsonValueKind.Number
            || !versionElement.TryGetInt64(out var version) || version < 1)
        {
            return Fail(MalformedEventKind.MissingProperty, "$.version: a positive integer is required");
        }

        if (!root.TryGetProperty("commandId", out var commandElement) || commandElement.ValueKind != JsonValueKind.String || !commandElement.TryGetGuid(out var commandId))
        {
            return Fail(MalformedEventKind.MissingProperty, "$.commandId: a GUID is required");
        }

        if (!root.TryGetProperty("actor", out var actorElement) || actorElement.ValueKind != JsonValueKind.String || actorElement.GetString() is not { } actor
            || string.IsNullOrWhiteSpace(actor))
        {
            return Fail(MalformedEventKind.MissingProperty, "$.actor: a non-empty string is required");
        }

        ParseResult<Instant>? recordedAt = null;
        if (root.TryGetProperty("recordedAt", out var timeElement) && timeElement.ValueKind == JsonValueKind.String)
        {
            recordedAt = InstantPattern.ExtendedIso.Parse(timeElement.GetString()!);
        }

        if (recordedAt is null || !recordedAt.Success)
        {
            return Fail(MalformedEventKind.MissingProperty, "$.recordedAt: an ISO instant such as 2025-03-03T02:00:00Z is required");
        }

        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return Fail(MalformedEventKind.MissingProperty, "$.data: the event object is required");
        }

        if (Validate(data, eventType.TypeInfo) is { } problem)
        {
            return Fail(problem.Kind, $"$.data{problem.Path}: {problem.Reason}");
        }

        object? value;
        try
        {
            value = data.Deserialize(eventType.TypeInfo);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            return Fail(MalformedEventKind.InvalidValue, "$.data: " + e.Message);
        }

        if (value is not TEvent @event)
        {
            return Fail(MalformedEventKind.MissingProperty, "$.data: the event is null");
        }

        return new EventEnvelope<TEvent>(stream.Value, version, CommandId.From(commandId), new ActorId(actor), recordedAt.Value, @event);
    }

    // System.Text.Json on net8.0 neither requires constructor parameters nor refuses nulls for non-nullable
    // references, and no version refuses duplicate properties: check both against the type's metadata first. The
    // path of a problem is built on the way out, so a valid document allocates nothing here.
    private (MalformedEventKind Kind, string Path, string Reason)? Validate(JsonElement element, JsonTypeInfo info)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when element.ValueKind == JsonValueKind.Object:
                var plan = PlanOf(info);
                if (FindDuplicate(element, plan.Names) is { } duplicate)
                {
                    return (MalformedEventKind.InvalidValue, "." + duplicate, "duplicate property");
                }

                for (var i = 0; i < plan.Properties.Length; i++)
                {
                    var property = plan.Properties[i];
                    var present = element.TryGetProperty(property.Name, out var value) && value.ValueKind != JsonValueKind.Null;
                    if (!present)
                    {
                        if (!plan.Nullable[i])
                        {
                            return (MalformedEventKind.MissingProperty, "." + property.Name, "a value is required");
                        }

                        continue;
                    }

                    if (Validate(value, plan.Types[i]) is { } inner)
                    {
                        return (inner.Kind, "." + property.Name + inner.Path, inner.Reason);
                    }
                }

                return null;

            case JsonTypeInfoKind.Enumerable when element.ValueKind == JsonValueKind.Array && ElementTypeOf(info) is { } elementType:
                var elementInfo = info.Options.GetTypeInfo(elementType);
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Null && !(elementType.IsValueType && Nullable.GetUnderlyingType(elementType) is not null))
                    {
                        return (MalformedEventKind.MissingProperty, $"[{index}]", "a value is required");
                    }

                    if (Validate(item, elementInfo) is { } inner)
                    {
                        return (inner.Kind, $"[{index}]" + inner.Path, inner.Reason);
                    }

                    index++;
                }

                return null;

            default:
                return null;
        }
    }

    /// <summary>Returns the name of the first property that repeats an earlier one, or null; names are compared
    /// without being materialised when the object has only names of the type's metadata (the usual case).</summary>
    private static string? FindDuplicate(JsonElement element, string[] names)
    {
        if (names.Length <= 64)
        {
            ulong seen = 0;
            var allKnown = true;
            foreach (var property in element.EnumerateObject())
            {
                var known = IndexOf(property, names);
                if (known < 0)
                {
                    allKnown = false;
                    break;
                }

                if ((seen & (1UL << known)) != 0)
                {
                    return property.Name;
                }

                seen |= 1UL << known;
            }

            if (allKnown)
            {
                return null;
            }
        }

        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!distinct.Add(property.Name))
            {
                return property.Name;
            }
        }

        return null;
    }

    private static int IndexOf(JsonProperty property, string[] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (property.NameEquals(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Returns what the validation needs of an object type, found once per type: its properties, whether
    /// each may be missing or null, and the metadata of each value.</summary>
    private ValidationPlan PlanOf(JsonTypeInfo info) =>
        plans.GetOrAdd(info, static (i, self) =>
        {
            var properties = new JsonPropertyInfo[i.Properties.Count];
            i.Properties.CopyTo(properties, 0);
            return new ValidationPlan(
                properties,
                Array.ConvertAll(properties, p => p.Name),
                Array.ConvertAll(properties, p => self.IsNullable(p, i)),
                Array.ConvertAll(properties, p => i.Options.GetTypeInfo(p.PropertyType)));
        }, this);

    private bool IsNullable(JsonPropertyInfo property, JsonTypeInfo owner)
    {
        if (property.PropertyType.IsValueType)
        {
            return Nullable.GetUnderlyingType(property.PropertyType) is not null;
        }

        lock (nullabilityGate)
        {
            return MemberOf(property, owner) switch
            {
                PropertyInfo p => nullability.Create(p).ReadState != NullabilityState.NotNull,
                FieldInfo f => nullability.Create(f).ReadState != NullabilityState.NotNull,
                _ => true,
            };
        }
    }

#if NET9_0_OR_GREATER
    private static ICustomAttributeProvider? MemberOf(JsonPropertyInfo property, JsonTypeInfo owner) => property.AttributeProvider;

    private static Type? ElementTypeOf(JsonTypeInfo info) => info.ElementType;
#else
    // The net8.0 source generator leaves JsonPropertyInfo.AttributeProvider unset (net9.0 added it), which would make
    // every reference property look nullable: find the member the property was generated from by its JSON name.
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Event types are rooted by their source-generated metadata.")]
    private static ICustomAttributeProvider? MemberOf(JsonPropertyInfo property, JsonTypeInfo owner)
    {
        if (property.AttributeProvider is { } provider)
        {
            return provider;
        }

        const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        for (var type = owner.Type; type is not null; type = type.BaseType)
        {
            foreach (var member in type.GetMembers(Declared))
            {
                if (IsSerialized(member, owner.Options) && JsonNameOf(member, owner.Options) == property.Name)
                {
                    return member;
                }
            }
        }

        return null;
    }

    private static bool IsSerialized(MemberInfo member, JsonSerializerOptions options)
    {
        if (member.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>(inherit: false) is { Condition: System.Text.Json.Serialization.JsonIgnoreCondition.Always })
        {
            return false;
        }

        var included = member.IsDefined(typeof(System.Text.Json.Serialization.JsonIncludeAttribute), inherit: false);
        return member switch
        {
            PropertyInfo p => p.GetIndexParameters().Length == 0 && (included || p.GetMethod is { IsPublic: true } || p.SetMethod is { IsPublic: true }),
            FieldInfo f => included || (f.IsPublic && options.IncludeFields),
            _ => false,
        };
    }

    private static string JsonNameOf(MemberInfo member, JsonSerializerOptions options) =>
        member.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>(inherit: false)?.Name
        ?? options.PropertyNamingPolicy?.ConvertName(member.Name)
        ?? member.Name;

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Event types are rooted by their source-generated metadata.")]
    private static Type? ElementTypeOf(JsonTypeInfo info)
    {
        var type = info.Type;
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        foreach (var candidate in (Type[])[type, .. type.GetInterfaces()])
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                return candidate.GetGenericArguments()[0];
            }
        }

        return null;
    }
#endif

    private sealed record ValidationPlan(JsonPropertyInfo[] Properties, string[] Names, bool[] Nullable, JsonTypeInfo[] Types);

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
