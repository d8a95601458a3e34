using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Serialization;

/// <summary>Writes a <see cref="StreamId"/> as its string.</summary>
internal sealed class StreamIdJsonConverter : StringValueJsonConverter<StreamId>
{
    private protected override StreamId Create(string text) => new(text);

    private protected override string Text(StreamId value) => value.Value;
}
