using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>Writes a <see cref="RemittanceNoticeNumber"/> as a JSON number and reads it from a number or from a string
/// in its text form (<c>"RN-0001"</c>, the form of earlier subscription events).</summary>
internal sealed class RemittanceNoticeNumberJsonConverter : JsonConverter<RemittanceNoticeNumber>
{
    /// <inheritdoc />
    public override RemittanceNoticeNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var number = default(RemittanceNoticeNumber);
        var read = reader.TokenType switch
        {
            JsonTokenType.Number => reader.TryGetInt64(out var value) && RemittanceNoticeNumber.TryFrom(value, out number),
            JsonTokenType.String => reader.GetString() is { } text && RemittanceNoticeNumber.TryParse(text, out number),
            _ => false,
        };
        return read ? number : throw new JsonException("Expected a remittance notice number: a whole number from 1 to 999999999999999999, or its text form RN-0001.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RemittanceNoticeNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Value);
    }
}
