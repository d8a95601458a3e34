namespace KeyAccount.Domain.Decisions;

/// <summary>A command that would be rejected, with the rejection it would get.</summary>
/// <typeparam name="TCommand">The command type.</typeparam>
/// <param name="Command">The command.</param>
/// <param name="Reason">The rejection, with its rule ID.</param>
public sealed record BlockedCommand<TCommand>(TCommand Command, DomainError Reason);
