using System;

namespace KeyAccount.Fuzz;

/// <summary>Thrown by a fuzz target when the package's answer to an input breaks a promise the target checks.</summary>
internal sealed class BrokenPromiseException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which promise, and what was seen instead.</param>
    public BrokenPromiseException(string message)
        : base(message)
    {
    }
}
