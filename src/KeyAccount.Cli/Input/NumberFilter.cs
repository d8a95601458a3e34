using System;
using System.Collections.Generic;
using System.Numerics;

namespace KeyAccount.Cli.Input;

/// <summary>
/// A set of notice numbers asked about for every record of a day: a bitmap of hashed numbers (about sixteen bits per
/// number, at least 8 KiB) answers most numbers that are not in the set with one bit, and the set itself answers the
/// rest.
/// </summary>
internal sealed class NumberFilter
{
    private readonly HashSet<long> numbers;
    private readonly ulong[] bits;
    private readonly int shift;

    /// <summary>Initializes a new instance of the <see cref="NumberFilter"/> class.</summary>
    /// <param name="numbers">The numbers in the set.</param>
    public NumberFilter(HashSet<long> numbers)
    {
        this.numbers = numbers;
        var log = Math.Clamp(BitOperations.Log2((uint)Math.Min(int.MaxValue / 16, numbers.Count) * 16u) + 1, 16, 26);
        bits = new ulong[1 << (log - 6)];
        shift = 64 - log;
        foreach (var number in numbers)
        {
            var bit = Bit(number);
            bits[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }

    /// <summary>Gets whether a number is in the set.</summary>
    /// <param name="number">The number.</param>
    /// <returns>Whether it is.</returns>
    public bool Contains(long number)
    {
        var bit = Bit(number);
        return (bits[bit >> 6] & (1UL << (int)(bit & 63))) != 0 && numbers.Contains(number);
    }

    // Fibonacci hashing: the top bits of the number times 2^64 divided by the golden ratio.
    private ulong Bit(long number) => unchecked((ulong)number * 0x9E3779B97F4A7C15UL) >> shift;
}
