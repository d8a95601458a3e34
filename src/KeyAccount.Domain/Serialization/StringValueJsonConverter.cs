using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KeyAccount.Domain.Serialization;

/// <summary>Reads and writes a value type that is a validated string; a value the type refuses is a <see cref="JsonException"/>.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal abstract class StringValueJsonConverter<T> : JsonConverter<T>
{
    /// <summary>Creates the value from its text; throws <see cref="ArgumentException"/> when the text is invalid.</summary>
    /// <param name="text">The text read.</param>
    /// <returns>The value.</returns>
    private protected abstract T Create(string text);

    /// <summary>Returns the text of a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    private protected abstract string Text(T value);

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for {typeof(T).Name}.");
        }

        try
        {
            return Create(reader.GetString()!);
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"Invalid {typeof(T).Name}: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Text(value));
    }
}
