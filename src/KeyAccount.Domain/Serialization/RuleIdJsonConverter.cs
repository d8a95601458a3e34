using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Serialization;

/// <summary>Writes a <see cref="RuleId"/> as its text.</summary>
internal sealed class RuleIdJsonConverter : StringValueJsonConverter<RuleId>
{
    private protected override RuleId Create(string text) => new(text);

    private protected override string Text(RuleId value) => value.Value;
}
