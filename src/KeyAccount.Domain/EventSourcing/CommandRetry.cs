using System;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.EventSourcing;

/// <summary>Sends a command again after a <see cref="ConcurrencyConflict"/>, with bounded backoff, so that hosts need no loop of their own.</summary>
public static class CommandRetry
{
    /// <summary>
    /// Handles a command and, while a concurrent writer wins, reloads and decides it again with the same command ID
    /// (so it takes effect at most once, GEN-03), as the policy allows.
    /// </summary>
    /// <typeparam name="TCommand">The command type.</typeparam>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <param name="handler">The command handler.</param>
    /// <param name="stream">The aggregate's stream.</param>
    /// <param name="commandId">The command's ID, the same on every attempt.</param>
    /// <param name="actor">Who issues the command.</param>
    /// <param name="command">The command.</param>
    /// <param name="context">The time, calendar and policies.</param>
    /// <param name="policy">The retry policy; <see cref="RetryPolicy.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the attempts and the waits.</param>
    /// <returns>The first outcome that is not a conflict, or the last conflict once the attempts are spent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> or <paramref name="context"/> is null.</exception>
    public static async ValueTask<CommandOutcome<TEvent, TState>> HandleWithRetryAsync<TCommand, TEvent, TState>(
        this CommandHandler<TCommand, TEvent, TState> handler,
        StreamId stream,
        CommandId commandId,
        ActorId actor,
        TCommand command,
        DecisionContext context,
        RetryPolicy? policy = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handler);
        policy ??= RetryPolicy.Default;
        var attempt = 1;
        while (true)
        {
            var outcome = await handler.HandleAsync(stream, commandId, actor, command, context, cancellationToken).ConfigureAwait(false);
            if (!outcome.IsConflict || attempt >= policy.MaxAttempts)
            {
                return outcome;
            }

            attempt++;
            await policy.Delay(policy.DelayBefore(attempt), cancellationToken).ConfigureAwait(false);
        }
    }
}
