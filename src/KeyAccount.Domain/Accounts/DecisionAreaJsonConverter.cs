using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Accounts;

/// <summary>Writes a <see cref="DecisionArea"/> as its name.</summary>
internal sealed class DecisionAreaJsonConverter : StringValueJsonConverter<DecisionArea>
{
    private protected override DecisionArea Create(string text) => new(text);

    private protected override string Text(DecisionArea value) => value.Name;
}
