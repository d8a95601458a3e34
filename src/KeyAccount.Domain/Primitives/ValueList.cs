using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace KeyAccount.Domain.Primitives;

/// <summary>
/// An immutable list that is equal to another list of equal items in the same order, with a hash code of its items,
/// so that a record holding it compares by value — also after a JSON round trip, where the list read back is a new
/// instance (GEN-02). Events and states store their lists in it behind <see cref="IReadOnlyList{T}"/>: the declared
/// type, the JSON and the callers stay the same.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] items;

    private ValueList(T[] items) => this.items = items;

    /// <summary>Gets the empty list.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => items.Length;

    /// <inheritdoc />
    public T this[int index] => items[index];

    /// <summary>Returns a value list of the items, or the list itself when it is one; null stays null.</summary>
    /// <param name="source">The items.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> Of(IEnumerable<T> source) =>
        source as ValueList<T> ?? (source is null ? null! : new ValueList<T>([.. source]));

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || items.SequenceEqual(other.items));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the count only: items may be personal data (GEN-10).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"[{items.Length} item(s)]";

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();
}
