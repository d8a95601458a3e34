using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Serialization;

/// <summary>Writes a strongly typed identifier as its GUID string and reads it back.</summary>
/// <typeparam name="TId">The identifier type.</typeparam>
internal sealed class GuidIdentifierJsonConverter<TId> : JsonConverter<TId>
    where TId : struct, IGuidIdentifier<TId>
{
    /// <inheritdoc />
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetGuid(out var value))
        {
            throw new JsonException($"Expected a GUID string for {typeof(TId).Name}.");
        }

        return TId.From(value);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
