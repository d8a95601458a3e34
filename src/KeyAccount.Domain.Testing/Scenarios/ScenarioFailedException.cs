using System;

namespace KeyAccount.Domain.Testing.Scenarios;

/// <summary>
/// Thrown when a scenario's expectation is not met. The message shows the history, the command, what was expected
/// and what happened, so that any test runner prints a readable account of the failure.
/// </summary>
public sealed class ScenarioFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScenarioFailedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ScenarioFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ScenarioFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
