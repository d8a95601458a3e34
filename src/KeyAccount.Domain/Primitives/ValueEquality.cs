using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;

namespace KeyAccount.Domain.Primitives;

/// <summary>
/// Record equality by value, collections included: the record's fields compare as a record's do, except that a
/// collection equals another of equal items — lists and arrays in the same order, sets and dictionaries in any order —
/// so that an event or a state is equal to itself after a JSON round trip, where every collection read back is a new
/// instance (GEN-02). A record holding a collection declares
/// <c>public bool Equals(X? other) => ValueEquality.AreEqual(this, other);</c> and
/// <c>public override int GetHashCode() => ValueEquality.HashOf(this);</c>; its public shape and JSON stay the same.
/// </summary>
internal static class ValueEquality
{
    private const DynamicallyAccessedMemberTypes Fields =
        DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.NonPublicFields;

    /// <summary>Returns whether two records of a sealed type hold equal values in every field.</summary>
    /// <typeparam name="T">The record type; its base records declare no fields.</typeparam>
    /// <param name="self">The record.</param>
    /// <param name="other">The other record.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool AreEqual<[DynamicallyAccessedMembers(Fields)] T>(T self, T? other)
        where T : class =>
        ReferenceEquals(self, other)
        || (other is not null && Of<T>.All.All(f => ByValue.Instance.Equals(f.GetValue(self), f.GetValue(other))));

    /// <summary>Returns a hash code of every field of a record, consistent with <see cref="AreEqual{T}"/>.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="self">The record.</param>
    /// <returns>The hash code.</returns>
    public static int HashOf<[DynamicallyAccessedMembers(Fields)] T>(T self)
        where T : class
    {
        var hash = default(HashCode);
        foreach (var field in Of<T>.All)
        {
            hash.Add(field.GetValue(self), ByValue.Instance);
        }

        return hash.ToHashCode();
    }

    private static class Of<[DynamicallyAccessedMembers(Fields)] T>
    {
        public static readonly FieldInfo[] All = typeof(T).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
    }

    /// <summary>Compares values, collections by their items (a string is a value, not a collection).</summary>
    private sealed class ByValue : IEqualityComparer<object?>
    {
        public static readonly ByValue Instance = new();

        public new bool Equals(object? x, object? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            if (x is null || y is null)
            {
                return false;
            }

            if (x is string || x is not IEnumerable xs || y is not IEnumerable ys)
            {
                return x.Equals(y);
            }

            if (x.Equals(y))
            {
                return true;
            }

            if (x is IList || y is IList)
            {
                return xs.Cast<object?>().SequenceEqual(ys.Cast<object?>(), this);
            }

            if (x is IDictionary xd && y is IDictionary yd)
            {
                return xd.Count == yd.Count
                    && xd.Keys.Cast<object>().All(key => yd.Contains(key) && Equals(xd[key], yd[key]));
            }

            var counts = new Dictionary<object, int>(this);
            foreach (var item in xs)
            {
                counts[Key(item)] = counts.GetValueOrDefault(Key(item)) + 1;
            }

            foreach (var item in ys)
            {
                if (counts.GetValueOrDefault(Key(item)) == 0)
                {
                    return false;
                }

                counts[Key(item)]--;
            }

            return counts.Values.All(c => c == 0);
        }

        public int GetHashCode(object? obj)
        {
            switch (obj)
            {
                case null:
                    return 0;
                case string or not IEnumerable:
                    return obj.GetHashCode();
                case IList list:
                    var ordered = default(HashCode);
                    foreach (var item in list)
                    {
                        ordered.Add(item, this);
                    }

                    return ordered.ToHashCode();
                case IDictionary dictionary:
                    return dictionary.Keys.Cast<object>().Aggregate(0, (sum, key) => unchecked(sum + HashCode.Combine(GetHashCode(key), GetHashCode(dictionary[key]))));
                default:
                    return ((IEnumerable)obj).Cast<object?>().Aggregate(0, (sum, item) => unchecked(sum + GetHashCode(item)));
            }
        }

        private static object Key(object? item) => item ?? NullKey;

        private static readonly object NullKey = new();
    }
}
