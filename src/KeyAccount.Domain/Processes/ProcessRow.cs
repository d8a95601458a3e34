using System;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Processes;

/// <summary>A declared row of a process: its description, when it applies, the command it makes and its compensation.</summary>
internal sealed record ProcessRow<TCommand, TEvent, TState>(
    ProcessReaction Reaction,
    Type EventType,
    Func<TEvent, TState, bool> Applies,
    IAggregateDefinition Target,
    Func<TEvent, TState, StreamId> Stream,
    Func<TEvent, TState, object> Command,
    Func<DomainError, TEvent, TState, TCommand>? Compensate);
