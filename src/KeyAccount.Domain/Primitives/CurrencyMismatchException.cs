using System;

namespace KeyAccount.Domain.Primitives;

/// <summary>
/// Thrown when arithmetic or comparison mixes amounts of different currencies (GEN-04). This is a programmer
/// error: decisions check currencies and reject with a rule ID before they compute.
/// </summary>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception for two currencies.</summary>
    /// <param name="left">The currency of the left operand.</param>
    /// <param name="right">The currency of the right operand.</param>
    public CurrencyMismatchException(Currency left, Currency right)
        : base($"Amounts in {left} and {right} cannot be combined (GEN-04).")
    {
        Left = left;
        Right = right;
    }

    /// <summary>Gets the currency of the left operand.</summary>
    public Currency Left { get; }

    /// <summary>Gets the currency of the right operand.</summary>
    public Currency Right { get; }
}
