using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Serialization;

/// <summary>Writes an <see cref="ActorId"/> as its string.</summary>
internal sealed class ActorIdJsonConverter : StringValueJsonConverter<ActorId>
{
    private protected override ActorId Create(string text) => new(text);

    private protected override string Text(ActorId value) => value.Value;
}
