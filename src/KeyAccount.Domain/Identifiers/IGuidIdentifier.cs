using System;

namespace KeyAccount.Domain.Identifiers;

/// <summary>
/// A strongly typed identifier backed by a <see cref="Guid"/>: each aggregate has its own, so an account's
/// ID cannot be passed where a subscription's is expected.
/// </summary>
/// <typeparam name="TSelf">The identifier type.</typeparam>
public interface IGuidIdentifier<TSelf> : IEquatable<TSelf>
    where TSelf : struct, IGuidIdentifier<TSelf>
{
    /// <summary>Gets the underlying value.</summary>
    Guid Value { get; }

    /// <summary>Wraps a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The identifier.</returns>
    static abstract TSelf From(Guid value);
}
