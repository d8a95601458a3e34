using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Tests.Kernel.Sample;

// A deliberately small aggregate that exercises the kernel without depending on any business family.

public enum TicketStatus
{
    None,
    Open,
    InProgress,
    Done,
    Cancelled,
}

public enum TicketTrigger
{
    Open,
    Start,
    Finish,
    Cancel,
}

public abstract record TicketCommand;

public sealed record OpenTicket(string Title) : TicketCommand;

public sealed record StartTicket : TicketCommand;

public sealed record FinishTicket : TicketCommand;

public sealed record CancelTicket(string Reason) : TicketCommand;

public sealed record CommentOnTicket(string Text) : TicketCommand;

public abstract record TicketEvent;

public sealed record TicketOpened(string Title) : TicketEvent;

public sealed record TicketStarted : TicketEvent;

public sealed record TicketFinished : TicketEvent;

public sealed record TicketCancelled(string Reason) : TicketEvent;

public sealed record TicketCommented(string Text, IReadOnlyList<string> Tags, int? Priority) : TicketEvent;

public sealed record TicketState(TicketStatus Status, string Title, ImmutableList<string> Comments);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(TicketOpened))]
[JsonSerializable(typeof(TicketStarted))]
[JsonSerializable(typeof(TicketFinished))]
[JsonSerializable(typeof(TicketCancelled))]
[JsonSerializable(typeof(TicketCommented))]
internal sealed partial class TicketJsonContext : JsonSerializerContext;

public sealed class TicketDecider : IDecider<TicketCommand, TicketEvent, TicketState>, ICommandProposer<TicketCommand, TicketState>
{
    internal static readonly Lifecycle<TicketStatus, TicketTrigger> Lifecycle = KeyAccount.Domain.StateMachines.Lifecycle
        .Define<TicketStatus, TicketTrigger>("ticket", TicketStatus.None, "TST-01")
        .Permit(TicketStatus.None, TicketTrigger.Open, TicketStatus.Open, "TST-02")
        .Permit(TicketStatus.Open, TicketTrigger.Start, TicketStatus.InProgress)
        .Permit(TicketStatus.InProgress, TicketTrigger.Finish, TicketStatus.Done)
        .PermitFromEach([TicketStatus.Open, TicketStatus.InProgress], TicketTrigger.Cancel, TicketStatus.Cancelled, "TST-03")
        .Build();

    private static readonly TicketJsonContext Json = new(KeyAccountJson.CreateOptions());

    public static EventSerializer<TicketEvent> Serializer { get; } = new(EventCatalog<TicketEvent>.Create()
        .Add("ticket.opened.v1", Json.TicketOpened)
        .Add("ticket.started.v1", Json.TicketStarted)
        .Add("ticket.finished.v1", Json.TicketFinished)
        .Add("ticket.cancelled.v1", Json.TicketCancelled)
        .Add("ticket.commented.v1", Json.TicketCommented)
        .Build());

    public TicketState Initial { get; } = new(TicketStatus.None, "", []);

    public Decision<TicketEvent> Decide(TicketCommand command, TicketState state, DecisionContext context) => command switch
    {
        OpenTicket c => Move(state, TicketTrigger.Open) ?? (string.IsNullOrWhiteSpace(c.Title)
            ? new RuleViolation("TST-02", "ticket.title_required", MessageSource.Kernel)
            : Decision<TicketEvent>.Accept(new TicketOpened(c.Title.Trim()))),
        StartTicket => Move(state, TicketTrigger.Start) ?? Decision<TicketEvent>.Accept(new TicketStarted()),
        FinishTicket => Move(state, TicketTrigger.Finish) ?? Decision<TicketEvent>.Accept(new TicketFinished()),
        CancelTicket c => Move(state, TicketTrigger.Cancel) ?? (string.IsNullOrWhiteSpace(c.Reason)
            ? new RuleViolation("TST-03", "ticket.reason_required", MessageSource.Kernel, new ErrorDetail("status", state.Status))
            : Decision<TicketEvent>.Accept(new TicketCancelled(c.Reason))),
        CommentOnTicket c => state.Status is TicketStatus.None or TicketStatus.Done or TicketStatus.Cancelled
            ? new RuleViolation("TST-04", "ticket.closed", MessageSource.Kernel)
            : Decision<TicketEvent>.Accept(new TicketCommented(c.Text, [], null)),
        _ => throw new ArgumentException("Unknown command", nameof(command)),
    };

    public TicketState Evolve(TicketState state, TicketEvent @event) => @event switch
    {
        TicketOpened e => state with { Status = TicketStatus.Open, Title = e.Title },
        TicketStarted => state with { Status = TicketStatus.InProgress },
        TicketFinished => state with { Status = TicketStatus.Done },
        TicketCancelled => state with { Status = TicketStatus.Cancelled },
        TicketCommented e => state with { Comments = state.Comments.Add(e.Text) },
        _ => throw new ArgumentException($"Unknown event {@event.GetType().Name}", nameof(@event)),
    };

    public IEnumerable<TicketCommand> ProposeCommands(TicketState state, DecisionContext context) =>
        [new OpenTicket("A ticket"), new StartTicket(), new FinishTicket(), new CancelTicket("No longer needed"), new CommentOnTicket("Note")];

    private static Decision<TicketEvent>? Move(TicketState state, TicketTrigger trigger) =>
        Lifecycle.Check(state.Status, trigger) is { } error ? Decision<TicketEvent>.Reject(error) : null;
}
