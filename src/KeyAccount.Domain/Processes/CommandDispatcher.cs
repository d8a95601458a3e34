using System;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;

namespace KeyAccount.Domain.Processes;

/// <summary>Sends a process's command to its target aggregate through a <see cref="CommandHandler{TCommand, TEvent, TState}"/>
/// on the host's store of that aggregate, retrying conflicts as the policy allows.</summary>
internal sealed class CommandDispatcher(EventStores stores, ProcessCommand command, DecisionContext context, RetryPolicy retry, bool isCompensation, CancellationToken cancellationToken)
    : IAggregateVisitor<Task<ProcessDispatch>>
{
    public static Task<ProcessDispatch> DispatchAsync(EventStores stores, ProcessCommand command, DecisionContext context, RetryPolicy retry, bool isCompensation, CancellationToken cancellationToken) =>
        command.Target.Accept(new CommandDispatcher(stores, command, context, retry, isCompensation, cancellationToken));

    async Task<ProcessDispatch> IAggregateVisitor<Task<ProcessDispatch>>.Visit<TCommand, TEvent, TState, TStatus>(AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate)
    {
        var handler = new CommandHandler<TCommand, TEvent, TState>(aggregate.Decider, stores.For<TEvent>());
        var outcome = await handler.HandleWithRetryAsync(command.Stream, command.CommandId, command.Actor, (TCommand)command.Command, context, retry, cancellationToken).ConfigureAwait(false);
        return outcome.Match(
            committed => new ProcessDispatch(command, committed.AlreadyProcessed ? ProcessDispatchStatus.AlreadyApplied : ProcessDispatchStatus.Applied, null, isCompensation),
            refusal => new ProcessDispatch(command, ProcessDispatchStatus.Refused, refusal, isCompensation),
            _ => new ProcessDispatch(command, ProcessDispatchStatus.Conflicted, null, isCompensation));
    }
}
