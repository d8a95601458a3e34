using System;

namespace KeyAccount.Domain.Testing.Stores;

/// <summary>A store broke a promise of <see cref="KeyAccount.Domain.EventSourcing.IEventStore{TEvent}"/>; the message names the check and what was seen.</summary>
public sealed class StoreConformanceException : Exception
{
    /// <summary>Creates an exception.</summary>
    public StoreConformanceException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What the store did wrong.</param>
    public StoreConformanceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What the store did wrong.</param>
    /// <param name="innerException">The cause.</param>
    public StoreConformanceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
