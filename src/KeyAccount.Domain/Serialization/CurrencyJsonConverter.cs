using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Serialization;

/// <summary>Writes a <see cref="Currency"/> as its ISO 4217 code.</summary>
internal sealed class CurrencyJsonConverter : StringValueJsonConverter<Currency>
{
    private protected override Currency Create(string text) => Currency.Of(text);

    private protected override string Text(Currency value) => value.Code;
}
