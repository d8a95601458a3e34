using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using Microsoft.Extensions.Logging;

namespace KeyAccount.Domain.Hosting;

/// <summary>
/// A <see cref="CommandHandler{TCommand, TEvent, TState}"/> with telemetry: an activity per command, the counters
/// <see cref="KeyAccountTelemetry.Commands"/> and <see cref="KeyAccountTelemetry.Conflicts"/>, the histogram
/// <see cref="KeyAccountTelemetry.CommandDuration"/> and a log entry naming the command type, the stream ID, the
/// outcome and, for a rejection, the rule and code. Never the command's or the events' data, so no personal data.
/// </summary>
/// <typeparam name="TCommand">The command type.</typeparam>
/// <typeparam name="TEvent">The event type.</typeparam>
/// <typeparam name="TState">The state type.</typeparam>
public sealed partial class InstrumentedCommandHandler<TCommand, TEvent, TState>
    where TCommand : class
{
    private readonly ILogger logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="handler">The handler it instruments.</param>
    /// <param name="aggregate">The aggregate's name, e.g. <c>subscription</c>.</param>
    /// <param name="logger">The logger.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="aggregate"/> is blank.</exception>
    public InstrumentedCommandHandler(CommandHandler<TCommand, TEvent, TState> handler, string aggregate, ILogger<InstrumentedCommandHandler<TCommand, TEvent, TState>> logger)
    {
        Inner = Preconditions.CheckNotNull(handler);
        Aggregate = Preconditions.CheckNotBlank(aggregate);
        this.logger = Preconditions.CheckNotNull(logger);
    }

    /// <summary>Gets the handler without telemetry.</summary>
    public CommandHandler<TCommand, TEvent, TState> Inner { get; }

    /// <summary>Gets the aggregate's name.</summary>
    public string Aggregate { get; }

    /// <summary>Loads a stream and replays it to the current state.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The state and the stream's version.</returns>
    public ValueTask<(TState State, long Version)> LoadAsync(StreamId stream, CancellationToken cancellationToken = default) =>
        Inner.LoadAsync(stream, cancellationToken);

    /// <summary>Handles one command as <see cref="CommandHandler{TCommand, TEvent, TState}.HandleAsync"/> does, and records it.</summary>
    /// <param name="stream">The aggregate's stream.</param>
    /// <param name="commandId">The command's ID; a retry must reuse it.</param>
    /// <param name="actor">Who issues the command.</param>
    /// <param name="command">The command.</param>
    /// <param name="context">The time, calendar and policies.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Committed, rejected (with the rule) or in conflict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="context"/> is null.</exception>
    public async ValueTask<CommandOutcome<TEvent, TState>> HandleAsync(
        StreamId stream, CommandId commandId, ActorId actor, TCommand command, DecisionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var name = command.GetType().Name;
        using var activity = KeyAccountTelemetry.Source.StartActivity("keyaccount.command " + name, ActivityKind.Internal);
        activity?.SetTag(KeyAccountTelemetry.CommandTag, name);
        activity?.SetTag(KeyAccountTelemetry.AggregateTag, Aggregate);
        activity?.SetTag(KeyAccountTelemetry.StreamTag, stream.Value);
        var started = Stopwatch.GetTimestamp();
        CommandOutcome<TEvent, TState> outcome;
        try
        {
            outcome = await Inner.HandleAsync(stream, commandId, actor, command, context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            Record(name, "error", null, started);
            LogFailed(logger, name, Aggregate, stream.Value, e);
            throw;
        }

        var (label, rule, code) = outcome.Match(
            committed => (committed.AlreadyProcessed ? "already_processed" : "committed", (string?)null, (string?)null),
            rejected => ("rejected", rejected.RuleId.Value, rejected.Code),
            _ => ("conflict", null, null));
        activity?.SetTag(KeyAccountTelemetry.OutcomeTag, label);
        if (rule is not null)
        {
            activity?.SetTag(KeyAccountTelemetry.RuleTag, rule);
            activity?.SetTag(KeyAccountTelemetry.CodeTag, code);
            activity?.SetStatus(ActivityStatusCode.Error, rule);
        }

        Record(name, label, rule, started);
        switch (label)
        {
            case "rejected":
                LogRejected(logger, name, Aggregate, stream.Value, rule!, code!);
                break;
            case "conflict":
                KeyAccountTelemetry.ConflictCounter.Add(1, new(KeyAccountTelemetry.CommandTag, name), new(KeyAccountTelemetry.AggregateTag, Aggregate));
                LogConflict(logger, name, Aggregate, stream.Value);
                break;
            default:
                LogCommitted(logger, name, Aggregate, stream.Value, label);
                break;
        }

        return outcome;
    }

    private void Record(string command, string outcome, string? rule, long started)
    {
        var tags = new TagList
        {
            { KeyAccountTelemetry.CommandTag, command },
            { KeyAccountTelemetry.AggregateTag, Aggregate },
            { KeyAccountTelemetry.OutcomeTag, outcome },
        };
        KeyAccountTelemetry.DurationHistogram.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        if (rule is not null)
        {
            tags.Add(KeyAccountTelemetry.RuleTag, rule);
        }

        KeyAccountTelemetry.CommandCounter.Add(1, tags);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Command} on {Aggregate} {Stream}: {Outcome}")]
    private static partial void LogCommitted(ILogger logger, string command, string aggregate, string stream, string outcome);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "{Command} on {Aggregate} {Stream}: rejected by {Rule} ({Code})")]
    private static partial void LogRejected(ILogger logger, string command, string aggregate, string stream, string rule, string code);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{Command} on {Aggregate} {Stream}: conflict with a concurrent writer")]
    private static partial void LogConflict(ILogger logger, string command, string aggregate, string stream);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "{Command} on {Aggregate} {Stream} failed")]
    private static partial void LogFailed(ILogger logger, string command, string aggregate, string stream, Exception exception);
}
