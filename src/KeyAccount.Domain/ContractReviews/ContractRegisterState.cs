using System.Collections.Immutable;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>
/// The state of a contract register: the last serial number issued and the number of each registered contract;
/// evolved by <see cref="ContractRegisterDecider"/>.
/// </summary>
/// <param name="Status">Whether the register has issued a number yet.</param>
/// <param name="LastSerialNumber">The last number issued; 0 before the first registration.</param>
/// <param name="SerialNumbers">The serial number of each registered contract review.</param>
public sealed record ContractRegisterState(ContractRegisterStatus Status, long LastSerialNumber, ImmutableDictionary<ContractReviewId, long> SerialNumbers)
{
    /// <inheritdoc />
    public bool Equals(ContractRegisterState? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

    /// <summary>Gets the state of a register in which nothing is registered yet.</summary>
    public static ContractRegisterState Empty { get; } = new(ContractRegisterStatus.None, 0, ImmutableDictionary<ContractReviewId, long>.Empty);
}
