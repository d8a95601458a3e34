using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Serialization;

/// <summary>
/// Writes <see cref="Money"/> as <c>{"amount":1234.50,"currency":"CNY"}</c>, the amount as an exact JSON number.
/// Reading requires both properties exactly once and nothing else.
/// </summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc />
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected an object {\"amount\":…,\"currency\":…} for Money.");
        }

        decimal? amount = null;
        Currency? currency = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                throw new JsonException("Malformed Money object.");
            }

            var isAmount = reader.ValueTextEquals("amount"u8);
            var isCurrency = !isAmount && reader.ValueTextEquals("currency"u8);
            if (!isAmount && !isCurrency)
            {
                throw new JsonException($"Unexpected property '{reader.GetString()}' in Money.");
            }

            reader.Read();
            if (isAmount)
            {
                if (amount is not null || reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var value))
                {
                    throw new JsonException("Money.amount must be one number within the range of decimal.");
                }

                amount = value;
            }
            else
            {
                if (currency is not null || reader.TokenType != JsonTokenType.String || !Currency.TryParse(reader.GetString(), out var code))
                {
                    throw new JsonException("Money.currency must be one three-letter ISO 4217 code.");
                }

                currency = code;
            }
        }

        if (amount is null || currency is null)
        {
            throw new JsonException("Money needs both 'amount' and 'currency'.");
        }

        var money = new Money(amount.Value, currency.Value);
        if (!money.FitsMinorUnit)
        {
            // GEN-09: nothing one aggregate accepts may be refused by another later, so a document cannot carry it either.
            throw new JsonException($"Money.amount has more digits than the {money.Currency.Code} minor unit allows ({money.Currency.MinorUnitDigits}).");
        }

        return money;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("amount"u8, value.Amount);
        writer.WriteString("currency"u8, value.Currency.Code);
        writer.WriteEndObject();
    }
}
